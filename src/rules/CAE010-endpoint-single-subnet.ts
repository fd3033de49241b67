import { evalIn } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { executeApiEndpoints } from './predicates.js';

export const rule: Rule = {
  id: 'CAE010',
  title: 'execute-api endpoint in fewer than two subnets',
  severity: 'warning',
  scope: 'any',
  seed: 'Private API downsides, 5. Potential single point of failure',
  explanation: 'One network interface per subnet: a single subnet (one Availability Zone) makes the endpoint a single point of failure.',
  fix: 'Place the endpoint in subnets of two or more Availability Zones.',
  run(tree) {
    const r = result();
    for (const e of executeApiEndpoints(tree)) {
      // A list is as long as it is written, even when its items are known only at apply.
      const subnets = evalIn(tree, e.dir, e.body.subnet_ids);
      if (e.body.subnet_ids === undefined) continue; // subnet_configuration blocks, or none: not judged here
      if (!Array.isArray(subnets)) r.skipped.push({ block: e, why: 'subnet_ids is an expression whose length is known only at plan time' });
      // An empty list is a placeholder (a module's default the caller replaces), not an endpoint without subnets.
      else if (subnets.length === 0) r.skipped.push({ block: e, why: 'subnet_ids is an empty list here (a default its caller sets): the number of subnets is not known' });
      else if (subnets.length < 2) r.hits.push({ block: e, message: `${e.address} has 1 subnet: if that Availability Zone fails, every private API behind it is unreachable.`, fix: 'subnet_ids = [aws_subnet.a.id, aws_subnet.b.id] # two or more Availability Zones' });
    }
    return r;
  },
};
