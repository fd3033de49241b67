// The wizard's order of play (pure): which screen comes next, what counts as answered, and
// the pipeline command it prints at the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerRows, checkAnswer, constrained, enteredDefault, equivalentCommand, nextStep, previewChoice, type Entry } from '../src/wizard/flow.js';
import { EMPTY_POLICY, type Policy } from '../src/catalog/preset.js';
import { questionById } from '../src/catalog/questions.js';
import { parseCliArgs } from '../src/commands/args.js';
import { resolveAnswers, type Source } from '../src/catalog/resolve-answers.js';

const flags = (values: Record<string, unknown>): Source[] => [{ kind: 'flags', label: 'flags', values }];
const ids = (sources: Source[], entered: Entry[]) => {
  const out: string[] = [];
  const e = [...entered];
  for (;;) {
    const s = nextStep(sources, {}, e);
    if (s.kind === 'review') return out;
    if (s.kind === 'recommend') {
      out.push(`recommend:${s.recommendation.recommended}`);
      e.push(['endpointType', undefined]);
    } else {
      out.push(s.question.id);
      e.push([s.question.id, s.initial ?? (s.question.kind === 'list' ? ['10.0.0.0/8'] : '')]);
    }
  }
};

test('with nothing given, the wizard asks the catalog in order, the recommendation where the type belongs', () => {
  assert.deepEqual(ids([], []), ['name', 'description', 'region', 'clients', 'ownCdn', 'compliance', 'hybrid', 'crossAccount', 'auth', 'domain', 'openapi', 'integration', 'recommend:EDGE', 'waf', 'accountBaseline']);
});

test('answers given by flags are skipped, and so are questions that do not apply', () => {
  assert.deepEqual(ids(flags({ name: 'a-b-c', description: 'x', region: 'eu-west-1', clients: 'internal', hybrid: true, crossAccount: false, domain: '', openapi: '', integration: 'mock', compliance: true }), []), [
    'onpremCidrs',
    'auth',
    'recommend:PRIVATE',
    'vpcEndpointId',
    'vpcId',
    'subnetIds',
    'clientSecurityGroupIds',
    'privateDns',
    'accountBaseline',
  ]);
});

test('the second API in a VPC: an existing endpoint ID skips the VPC, subnet, security group and private DNS questions', () => {
  const sources = flags({ name: 'a-b-c', description: 'x', region: 'eu-west-1', clients: 'internal', hybrid: false, crossAccount: false, auth: 'iam', domain: '', openapi: '', integration: 'mock', compliance: false, accountBaseline: false });
  const step = nextStep(sources, {}, [['endpointType', undefined], ['vpcEndpointId', 'vpce-0a1b2c3d']]);
  assert.equal(step.kind, 'review');
  assert.equal(step.kind === 'review' && step.answers.vpcEndpointId, 'vpce-0a1b2c3d');
});

test('a question shows the default, or the value entered before going back', () => {
  const first = nextStep([], { AWS_REGION: 'eu-central-1' }, [['name', 'orders'], ['description', 'd']]);
  assert.equal(first.kind === 'question' && first.question.id, 'region');
  assert.equal(first.kind === 'question' && first.initial, 'eu-central-1');
  const again = nextStep([], {}, [['name', 'orders'], ['description', 'd']], { region: 'ap-south-1' });
  assert.equal(again.kind === 'question' && again.initial, 'ap-south-1');
});

test('checkAnswer runs the catalog validators and coercion', () => {
  assert.deepEqual(checkAnswer(questionById.get('onpremCidrs')!, ' 10.0.0.0/8 , 192.168.0.0/16 '), { value: ['10.0.0.0/8', '192.168.0.0/16'] });
  assert.deepEqual(checkAnswer(questionById.get('onpremCidrs')!, '10.0.0.1/8'), { error: '"10.0.0.1/8" has host bits set; the network address is 10.0.0.0/8.' });
  assert.deepEqual(checkAnswer(questionById.get('domain')!, ''), { value: '' }, 'an optional text may be left empty');
  assert.deepEqual(checkAnswer(questionById.get('domain')!, 'API.example'), { error: '"API.example" is not a valid domain name: each label is 1–63 lowercase letters, digits or inner hyphens.' });
  assert.deepEqual(checkAnswer(questionById.get('name')!, 'ab'), { error: '"ab" must be 3–40 characters long (got 2).' });
});

test('the printed pipeline command reproduces the same answers through the flag parser', () => {
  const sources = flags({ name: 'orders', description: "Bob's orders API", region: 'eu-west-1', clients: 'internal', hybrid: true, onpremCidrs: ['10.1.0.0/16', '10.2.0.0/16'], crossAccount: true, consumerAccounts: ['012345678901'], auth: 'iam', domain: 'api.corp.example', openapi: '', integration: 'nlb', compliance: true, subnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'], accountBaseline: false });
  const step = nextStep(sources, {}, [['vpcLinkId', ''], ['vpcLinkSubnetIds', ['subnet-0123456789abcdef2', 'subnet-0123456789abcdef3']], ['endpointType', undefined], ['vpcEndpointId', ''], ['vpcId', 'vpc-0123abcd'], ['clientSecurityGroupIds', []], ['privateDns', false]]);
  assert.equal(step.kind, 'review');
  const answers = step.kind === 'review' ? step.answers : undefined!;
  const command = equivalentCommand(answers, 'infra/my api');
  assert.match(command, /--description 'Bob'\\''s orders API'/);
  assert.match(command, /--out 'infra\/my api'$/);
  assert.match(command, /--vpc-link-subnet-ids subnet-0123456789abcdef2,subnet-0123456789abcdef3/);
  // Split the way a POSIX shell would for these quotes.
  const argv = [...command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!)).slice(1);
  const parsed = parseCliArgs(argv);
  assert.equal(parsed.run.out, 'infra/my api');
  assert.equal(parsed.run.interactive, false);
  const again = resolveAnswers([{ kind: 'flags', label: 'flags', values: parsed.values }], {}, true);
  assert.deepEqual(again.problems, []);
  assert.deepEqual(again.answers, answers);
});

test('review rows show every answer that applies under its flag', () => {
  const step = nextStep(flags({ name: 'orders', clients: 'global', waf: false }), {}, []);
  assert.equal(step.kind, 'question');
  const review = nextStep(flags({ name: 'orders', description: 'd', region: 'us-east-1', clients: 'global', ownCdn: false, compliance: false, hybrid: false, crossAccount: false, auth: 'iam', domain: '', openapi: '', integration: 'mock', waf: false, accountBaseline: false }), {}, [['endpointType', undefined]]);
  assert.equal(review.kind, 'review');
  const rows = Object.fromEntries(review.kind === 'review' ? answerRows(review.answers) : []);
  assert.equal(rows['--clients'], 'Public clients worldwide');
  assert.equal(rows['--waf'], 'no');
  assert.equal(rows['--domain'], '(none)');
  assert.equal('--vpc-id' in rows, false, 'private-only questions are not shown for a public endpoint');
});

test('the progress steps the wizard lists are the steps a run reports, in order', async () => {
  const { STEP_NAMES } = await import('../src/checks/model.js');
  const { checksFor } = await import('../src/app/generate.js');
  const { parseCliArgs } = await import('../src/commands/args.js');
  assert.deepEqual(['render', ...checksFor(parseCliArgs([]).run, {}).map((c) => c.name)], [...STEP_NAMES]);
  assert.deepEqual(checksFor(parseCliArgs(['--no-terraform']).run, {}).map((c) => c.name), STEP_NAMES.slice(1, -1));
});

test('re-generating from a folder (--from) does not ask again the optional answers that were left empty', async () => {
  const { readManifestAnswers } = await import('../src/commands/read-answers-file.js');
  // A PRIVATE API whose VPC ID and domain were left empty: its manifest records neither.
  const recorded = await readManifestAnswers(new URL('../snapshots/private-nlb/expected', import.meta.url).pathname);
  const sources: Source[] = [{ kind: 'file', label: recorded.label, values: recorded.values }];
  assert.deepEqual(resolveAnswers(sources, {}, false).problems, [], 'empty answers to questions that do not apply are harmless');
  assert.deepEqual(ids(sources, []), ['recommend:PRIVATE']);
  // An empty optional text for a question that does not apply is harmless in any answers file.
  assert.deepEqual(resolveAnswers([{ kind: 'file', label: 'a.yaml', values: { clients: 'global', 'vpc-id': '' } }], {}, true).problems, []);
  assert.match(resolveAnswers([{ kind: 'file', label: 'a.yaml', values: { clients: 'global', 'vpc-id': 'vpc-0123abcd' } }], {}, true).problems[0]!, /key "vpc-id" applies only to/);
});

test('each question says how many there are, as far as the answers so far tell ("Question 3 of 13"), and the count follows the answers', () => {
  const first = nextStep([], {}, []);
  assert.equal(first.kind, 'question');
  const total = first.kind === 'question' ? first.total : 0;
  assert.equal(first.kind === 'question' && first.number, 1);
  assert.equal(total, ids([], []).length - 1, 'every question the run asks, the recommendation screen aside');
  // Hybrid adds a question (the on-premises ranges): the count grows when it is answered.
  const entered: Entry[] = [['name', 'orders'], ['description', 'd'], ['region', 'eu-west-1'], ['clients', 'internal'], ['compliance', false]];
  const before = nextStep([], {}, entered);
  const after = nextStep([], {}, [...entered, ['hybrid', true]]);
  assert.ok(before.kind === 'question' && after.kind === 'question' && after.total === before.total + 1, `${JSON.stringify(before)} ${JSON.stringify(after)}`);
});

test('overriding the recommendation, from every recommended type to every other one, previews its warnings without a crash', () => {
  for (const clients of ['global', 'regional', 'internal'] as const) {
    const entered: Entry[] = [['name', 'orders'], ['description', 'd'], ['region', 'eu-west-1'], ['clients', clients], ['compliance', false], ['hybrid', false], ['crossAccount', false], ['auth', 'iam'], ['domain', ''], ['openapi', ''], ['integration', 'mock']];
    if (clients !== 'internal') entered.splice(4, 0, ['ownCdn', false]);
    const step = nextStep([], {}, entered);
    assert.equal(step.kind, 'recommend', JSON.stringify(step));
    if (step.kind !== 'recommend') continue;
    for (const choice of ['edge', 'regional', 'private'] as const) {
      if (choice === step.recommendation.recommended.toLowerCase()) continue;
      const preview = previewChoice([], {}, entered, choice);
      assert.equal(preview.endpointType, choice.toUpperCase());
      assert.ok(preview.overridden);
      assert.match(preview.warnings[0]!, new RegExp(`--endpoint-type ${choice} overrides the recommended ${step.recommendation.recommended}`));
      if (choice === 'private') assert.ok(preview.warnings.some((w) => /No client security groups/.test(w)), 'a private override says who the endpoint admits');
    }
  }
});

test("a preset's requirements on the name, the domain and tags are checked where each is asked", () => {
  const origin = { preset: 'acme', file: 'acme.yaml' };
  const policy: Policy = { ...EMPTY_POLICY, require: [{ ...origin, kind: 'name', pattern: '^acme-' }, { ...origin, kind: 'domain-suffix', suffix: 'corp.example' }, { ...origin, kind: 'tag', key: 'owner', pattern: '^[a-z]+$' }] };
  const name = constrained(questionById.get('name')!, policy);
  assert.deepEqual(checkAnswer(name, 'orders'), { error: '"orders" does not match ^acme-, required by preset acme (acme.yaml).' });
  assert.deepEqual(checkAnswer(name, 'acme-orders'), { value: 'acme-orders' });
  assert.match(name.help, /The preset: must match \^acme-/);
  const domain = constrained(questionById.get('domain')!, policy);
  assert.deepEqual(checkAnswer(domain, 'api.other.example'), { error: '"api.other.example" is not under corp.example, required by preset acme (acme.yaml).' });
  assert.deepEqual(checkAnswer(domain, ''), { value: '' }, 'no domain is not a wrong domain');
  const tags = constrained(questionById.get('tags')!, policy);
  assert.match(String((checkAnswer(tags, 'team=x') as { error: string }).error), /missing tag owner/);
  assert.deepEqual(checkAnswer(tags, 'owner=ana'), { value: ['owner=ana'] });
});

test('a suggestion taken as it was is not remembered when going back, so the description follows a renamed API', () => {
  assert.equal(enteredDefault([], {}, [['name', 'orders'], ['description', 'orders REST API']]), true);
  assert.equal(enteredDefault([], {}, [['name', 'orders'], ['description', 'Orders of the shop']]), false);
  // Renamed: the description question suggests from the new name.
  const step = nextStep([], {}, [['name', 'payments']]);
  assert.equal(step.kind === 'question' && step.initial, 'payments REST API');
});

test('the first question is drawn in plain text before Ink loads, and erased line for line', async () => {
  const { drawFirstFrame } = await import('../src/wizard/first-frame.js');
  let written = '';
  const out = { columns: 40, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
  const step = nextStep([], {}, []);
  const frame = drawFirstFrame(step, out, false)!;
  const lines = written.split('\n').slice(0, -1);
  assert.match(lines[0]!, /^Question 1 of \d+ · What is the API$/, 'wrapped to the terminal');
  assert.ok(lines.every((l) => [...l].length <= 40), 'no line wider than the terminal, so the count is exact');
  assert.ok(lines.some((l) => l.startsWith('› my-api  (suggested')));
  assert.equal(frame.erase, `\u001b[${lines.length}A\r\u001b[J`, 'erased line for line, in the same write as Ink\'s first frame');
  // A screen with a preset's locks, or the recommendation, waits for Ink.
  const answered: Source[] = [{ kind: 'flags', label: 'flags', values: { name: 'a-b-c', description: 'd', region: 'eu-west-1', clients: 'global', ownCdn: false, compliance: false, hybrid: false, crossAccount: false, auth: 'iam', domain: '', openapi: '', integration: 'mock' } }];
  assert.equal(drawFirstFrame(nextStep(answered, {}, []), out, false), undefined);
});
