/**
 * The rules, one per file (CAE0NN-<slug>.ts: id, severity, what it detects, where in the
 * domain notes it comes from, the fix, the check), on the shared predicates of predicates.ts.
 * IDs are stable: a new rule takes the next number, a retired one's number is never reused.
 */
import type { Rule } from './model.js';
import { rule as CAE001 } from './CAE001-private-api-without-policy.js';
import { rule as CAE002 } from './CAE002-private-policy-not-restricted-to-endpoints.js';
import { rule as CAE003 } from './CAE003-private-policy-never-allows-invoke.js';
import { rule as CAE004 } from './CAE004-deployment-not-redeployed-on-policy.js';
import { rule as CAE005 } from './CAE005-deployment-without-triggers.js';
import { rule as CAE006 } from './CAE006-custom-domain-tls-below-1-2.js';
import { rule as CAE007 } from './CAE007-stage-without-access-logs.js';
import { rule as CAE008 } from './CAE008-endpoint-sg-open-to-internet.js';
import { rule as CAE009 } from './CAE009-endpoint-sg-without-443.js';
import { rule as CAE010 } from './CAE010-endpoint-single-subnet.js';
import { rule as CAE011 } from './CAE011-two-private-dns-endpoints.js';
import { rule as CAE012 } from './CAE012-vpc-dns-off.js';
import { rule as CAE013 } from './CAE013-waf-body-size.js';
import { rule as CAE014 } from './CAE014-nacl-return-path.js';
import { rule as CAE015 } from './CAE015-alias-wrong-domain-target.js';
import { rule as CAE016 } from './CAE016-private-domain-without-association.js';
import { rule as CAE017 } from './CAE017-certificate-wrong-region.js';
import { rule as CAE018 } from './CAE018-private-dns-off-no-zone.js';
import { rule as CAE019 } from './CAE019-logging-without-account-role.js';
import { rule as CAE020 } from './CAE020-policy-denies-defined-method.js';
import { rule as CAE021 } from './CAE021-consumer-endpoints-not-in-policy.js';
import { rule as CAE022 } from './CAE022-zone-not-associated-with-callers-vpc.js';
import { rule as CAE023 } from './CAE023-policy-endpoints-mismatch.js';
import { rule as CAE024 } from './CAE024-cloudfront-without-origin-secret.js';
import { rule as CAE025 } from './CAE025-vpc-link-v2-without-target.js';
import { rule as CAE026 } from './CAE026-vpc-link-v1.js';
import { rule as CAE027 } from './CAE027-private-policy-source-ip.js';
import { rule as CAE028 } from './CAE028-lambda-integration-not-post.js';
import { rule as CAE029 } from './CAE029-openapi-integration-incomplete.js';
import { rule as CAE030 } from './CAE030-execute-api-endpoint-disabled-without-domain.js';
import { rule as CAE031 } from './CAE031-openapi-endpoint-configuration-contradicts.js';
import { rule as CAE032 } from './CAE032-openapi-overwrite-drops-policy.js';
import { rule as CAE033 } from './CAE033-openapi-bodies-not-validated.js';
import { rule as CAE034 } from './CAE034-private-api-with-cors.js';
import { rule as CAE035 } from './CAE035-binary-payloads-not-declared.js';
import { rule as CAE036 } from './CAE036-public-method-open-to-anyone.js';
import { rule as CAE037 } from './CAE037-mtls-with-default-endpoint.js';
import { rule as CAE038 } from './CAE038-lambda-permission-any-source.js';
import { rule as CAE039 } from './CAE039-api-key-required-without-usage-plan.js';
import { rule as CAE040 } from './CAE040-scopes-without-cognito.js';
import { rule as CAE101 } from './CAE101-generated-ingress-open.js';

export const RULES: Rule[] = [CAE001, CAE002, CAE003, CAE004, CAE005, CAE006, CAE007, CAE008, CAE009, CAE010, CAE011, CAE012, CAE013, CAE014, CAE015, CAE016, CAE017, CAE018, CAE019, CAE020, CAE021, CAE022, CAE023, CAE024, CAE025, CAE026, CAE027, CAE028, CAE029, CAE030, CAE031, CAE032, CAE033, CAE034, CAE035, CAE036, CAE037, CAE038, CAE039, CAE040, CAE101];

export const ruleById = new Map(RULES.map((r) => [r.id, r]));
