// The wizard's order of play (pure): which screen comes next, what counts as answered, and
// the pipeline command it prints at the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerRows, checkAnswer, equivalentCommand, nextStep, type Entry } from '../src/wizard/flow.js';
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
  assert.deepEqual(ids([], []), ['name', 'description', 'region', 'clients', 'ownCdn', 'compliance', 'hybrid', 'crossAccount', 'domain', 'integration', 'recommend:EDGE', 'waf']);
});

test('answers given by flags are skipped, and so are questions that do not apply', () => {
  assert.deepEqual(ids(flags({ name: 'a-b-c', description: 'x', region: 'eu-west-1', clients: 'internal', hybrid: true, crossAccount: false, domain: '', integration: 'mock', compliance: true }), []), [
    'onpremCidrs',
    'recommend:PRIVATE',
    'vpcEndpointId',
    'vpcId',
    'subnetIds',
    'clientSecurityGroupIds',
    'privateDns',
  ]);
});

test('the second API in a VPC: an existing endpoint ID skips the VPC, subnet, security group and private DNS questions', () => {
  const sources = flags({ name: 'a-b-c', description: 'x', region: 'eu-west-1', clients: 'internal', hybrid: false, crossAccount: false, domain: '', integration: 'mock', compliance: false });
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
  const sources = flags({ name: 'orders', description: "Bob's orders API", region: 'eu-west-1', clients: 'internal', hybrid: true, onpremCidrs: ['10.1.0.0/16', '10.2.0.0/16'], crossAccount: true, consumerAccounts: ['012345678901'], domain: 'api.corp.example', integration: 'nlb', compliance: true, subnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'] });
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
  const review = nextStep(flags({ name: 'orders', description: 'd', region: 'us-east-1', clients: 'global', ownCdn: false, compliance: false, hybrid: false, crossAccount: false, domain: '', integration: 'mock', waf: false }), {}, [['endpointType', undefined]]);
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
