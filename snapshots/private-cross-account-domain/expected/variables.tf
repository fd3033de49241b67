variable "region" {
  description = "AWS Region the API is deployed in."
  type        = string
  default     = "eu-west-2"

  validation {
    condition     = can(regex("^[a-z]{2}(-gov|-iso[a-z]?)?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-[0-9]{1,2}$", var.region))
    error_message = "region must be an AWS Region code such as eu-west-1."
  }
}

variable "tags" {
  description = "Tags applied to every resource through the provider's default_tags."
  type        = map(string)
  default = {
    ManagedBy = "terraform"
    Api       = "ledger-api"
  }
}

variable "name" {
  description = "Name of the REST API; also prefixes the names of related resources."
  type        = string
  default     = "ledger-api"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens."
  }
}

variable "description" {
  description = "Description shown on the REST API."
  type        = string
  default     = "Ledger postings for the payments platform"
}

variable "authorization" {
  description = "Authorization of the sample method: AWS_IAM (callers sign requests with SigV4) or NONE."
  type        = string
  default     = "AWS_IAM"

  validation {
    condition     = contains(["AWS_IAM", "NONE"], var.authorization)
    error_message = "authorization must be AWS_IAM or NONE."
  }
}

variable "lambda_function_name" {
  description = "Name of the existing Lambda function behind the Lambda proxy integration."
  type        = string

  validation {
    condition     = length(var.lambda_function_name) > 0
    error_message = "lambda_function_name must not be empty."
  }
}

variable "consumer_account_ids" {
  description = "AWS accounts whose VPC endpoints may call the API; the private custom domain is shared with them through AWS RAM."
  type        = list(string)
  default     = ["111122223333", "444455556666"]

  validation {
    condition     = alltrue([for id in var.consumer_account_ids : can(regex("^[0-9]{12}$", id))])
    error_message = "Each consumer account ID must be 12 digits."
  }
}

variable "consumer_vpc_endpoint_ids" {
  description = "Interface endpoint IDs (vpce-…) created by consumer accounts; added to the resource policy. Empty until the consumers send them."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.consumer_vpc_endpoint_ids : can(regex("^vpce-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Each entry of consumer_vpc_endpoint_ids must be a VPC endpoint ID (vpce- followed by 8 or 17 hex digits)."
  }
}

variable "domain_name" {
  description = "Custom domain name for the API."
  type        = string
  default     = "ledger.internal.example.com"

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.domain_name))
    error_message = "domain_name must be a lowercase fully qualified domain name."
  }
}

variable "certificate_arn" {
  description = "ARN of an ACM certificate for domain_name in the API's Region (private custom domains use a certificate you issue beforehand)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate ARN."
  }
}

variable "private_zone_id" {
  description = "An existing Route 53 private hosted zone for domain_name (for example one the network account keeps for its shared VPC): the alias record goes there and no zone is created. null: a zone is created."
  type        = string
  default     = null

  validation {
    condition     = var.private_zone_id == null || can(regex("^Z[A-Z0-9]{1,32}$", var.private_zone_id))
    error_message = "private_zone_id must be a Route 53 hosted zone ID (Z followed by letters and digits)."
  }
}

variable "zone_vpc_id" {
  description = "The VPC the private zone is created against; it must belong to this account (Route 53 requires it). null: the endpoint's VPC, which in a VPC shared through AWS RAM belongs to the network account: then give a VPC of this account and authorized_vpc_ids."
  type        = string
  default     = null

  validation {
    condition     = var.zone_vpc_id == null || can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.zone_vpc_id))
    error_message = "zone_vpc_id must be a VPC ID (vpc- and 8 or 17 hex digits)."
  }
}

variable "associated_vpc_ids" {
  description = "More VPCs of this account that resolve the private domain (spokes reaching the endpoint through a transit gateway), each an aws_route53_zone_association."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.associated_vpc_ids : can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "associated_vpc_ids must list VPC IDs."
  }
}

variable "authorized_vpc_ids" {
  description = "VPCs of other accounts (a network account's shared VPC, its spokes) allowed to associate with the private zone; each owner then applies aws_route53_zone_association with the private_hosted_zone_id output."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.authorized_vpc_ids : can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "authorized_vpc_ids must list VPC IDs."
  }
}

variable "vpc_endpoint_dns_name" {
  description = "DNS name of the execute-api endpoint (its first DNS entry), when this account cannot read the endpoint (one the network account owns). null: read from the endpoint."
  type        = string
  default     = null
}

variable "vpc_endpoint_zone_id" {
  description = "Hosted zone ID of that DNS name (the endpoint's first DNS entry), with vpc_endpoint_dns_name. null: read from the endpoint."
  type        = string
  default     = null
}

variable "execution_logging_level" {
  description = "Execution log level of the stage: OFF, ERROR or INFO. Like access logging, it needs the account's API Gateway CloudWatch role (see the README: --account-baseline)."
  type        = string
  default     = "ERROR"

  validation {
    condition     = contains(["OFF", "ERROR", "INFO"], var.execution_logging_level)
    error_message = "execution_logging_level must be OFF, ERROR or INFO."
  }
}

variable "log_retention_days" {
  description = "Retention of the access, execution and network log groups, in days."
  type        = number
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a retention CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, … 365, … 3653)."
  }
}

variable "log_kms_key_arn" {
  description = "KMS key that encrypts the log groups, required by --compliance (regulated data; logs can hold it). The key policy must allow logs.<region>.amazonaws.com."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/", var.log_kms_key_arn))
    error_message = "log_kms_key_arn must be the ARN of a KMS key (arn:aws:kms:<region>:<account>:key/<id>): CloudWatch Logs does not take an alias ARN."
  }
}

variable "alarm_sns_topic_arn" {
  description = "SNS topic notified when an alarm fires or clears; null creates the alarms without notifications."
  type        = string
  default     = null
}

variable "vpc_id" {
  description = "VPC that hosts the execute-api interface endpoint (and whose clients call the API)."
  type        = string

  validation {
    condition     = can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.vpc_id))
    error_message = "vpc_id must be a VPC ID (vpc- followed by 8 or 17 hex digits)."
  }
}

variable "subnet_ids" {
  description = "Subnets for the endpoint network interfaces, in at least two Availability Zones."
  type        = list(string)

  validation {
    condition     = alltrue([for id in var.subnet_ids : can(regex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Each entry of subnet_ids must be a subnet ID (subnet- followed by 8 or 17 hex digits)."
  }

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "Give at least two subnets in different Availability Zones, so the endpoint is not a single point of failure."
  }
}

variable "client_security_group_ids" {
  description = "Security groups of the clients allowed to reach the endpoint on 443 (preferred over CIDR ranges: rules follow the clients)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.client_security_group_ids : can(regex("^sg-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Each entry of client_security_group_ids must be a security group ID (sg- followed by 8 or 17 hex digits)."
  }
}

variable "ssm_parameter_prefix" {
  description = "Publish what every API root in the VPC takes (endpoint ID, its security group, DNS name and zone) as SSM parameters under this prefix (e.g. /network/vpc-0a1b2c3d/execute-api). null: nothing published."
  type        = string
  default     = null

  validation {
    condition     = var.ssm_parameter_prefix == null ? true : can(regex("^/[-A-Za-z0-9_./]*[-A-Za-z0-9_.]$", var.ssm_parameter_prefix))
    error_message = "ssm_parameter_prefix must start with / and not end with one (e.g. /network/execute-api)."
  }
}

variable "client_cidr_blocks" {
  description = "Additional IPv4 ranges allowed to reach the endpoint on 443, for clients without a security group to reference."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.client_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "Each entry of client_cidr_blocks must be an IPv4 CIDR block such as 10.20.0.0/16."
  }

  validation {
    condition     = alltrue([for c in var.client_cidr_blocks : tonumber(split("/", c)[1]) > 0])
    error_message = "client_cidr_blocks must not contain 0.0.0.0/0: list the client ranges that need access."
  }

  validation {
    condition     = length(var.client_cidr_blocks) <= 20
    error_message = "At most 20 client ranges (each takes a network ACL rule number); summarise them into larger ranges."
  }
}

variable "private_dns_enabled" {
  description = "Resolve the default execute-api hostnames to the interface endpoint inside the VPC. Public APIs can then not be called by their default hostnames from this VPC (403)."
  type        = bool
  default     = true
}

variable "allowed_execute_api_arns" {
  description = "APIs that callers in this VPC may invoke through the endpoint (its endpoint policy). The default, every API, is what one endpoint shared by every private API in the VPC needs: other teams' and other accounts' APIs included, each API's resource policy deciding who gets in. Narrow it (execute-api ARN patterns, e.g. arn:PARTITION:execute-api:*:ACCOUNT_ID:* for every API of one account) to keep callers from reaching APIs outside your organisation, at the cost of a 403 for every other API called from this VPC. Under --compliance, null (the default) means this account's APIs only."
  type        = list(string)
  default     = null

  validation {
    condition     = var.allowed_execute_api_arns == null ? true : length(var.allowed_execute_api_arns) > 0
    error_message = "Give at least one API ARN pattern, or null for this account's APIs."
  }
}

variable "spoke_vpc_ids" {
  description = "Spoke VPCs of this account whose callers reach this endpoint through a transit gateway or peering: a private zone for execute-api.<region>.amazonaws.com, pointing at this endpoint, is associated with each (the endpoint's own private DNS answers only in this VPC). Their callers must also be admitted: client_cidr_blocks."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.spoke_vpc_ids : can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "spoke_vpc_ids must list VPC IDs."
  }
}

variable "spoke_authorized_vpc_ids" {
  description = "Spoke VPCs of other accounts allowed to associate with that zone (needs at least one spoke_vpc_ids entry: a private zone is created against a VPC of its own account); each owner applies aws_route53_zone_association with the spokes_private_zone_id output."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.spoke_authorized_vpc_ids : can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "spoke_authorized_vpc_ids must list VPC IDs."
  }
}

variable "manage_network_acl" {
  description = "Put the endpoint subnets behind a dedicated network ACL (443 in from client ranges, ephemeral ports back, everything else denied). It replaces their current network ACL: keep off if other workloads share the subnets. Add ranges at the end of their lists: rule numbers follow list positions."
  type        = bool
  default     = false
}

variable "vpc_secondary_cidr_blocks" {
  description = "The VPC's secondary IPv4 ranges whose clients the network ACL must admit too (listed here: read from the VPC, their number would be unknown at plan time when the VPC is created in the same apply)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.vpc_secondary_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "Each entry of vpc_secondary_cidr_blocks must be an IPv4 CIDR block such as 10.20.0.0/16."
  }

  validation {
    condition     = alltrue([for c in var.vpc_secondary_cidr_blocks : tonumber(split("/", c)[1]) > 0])
    error_message = "vpc_secondary_cidr_blocks must not contain 0.0.0.0/0: list the client ranges that need access."
  }

  validation {
    condition     = length(var.vpc_secondary_cidr_blocks) <= 9
    error_message = "At most 9 secondary ranges (network ACL rule numbers 110–190)."
  }
}

variable "enable_flow_logs" {
  description = "Record VPC flow logs for the endpoint's network interfaces (not whole subnets), to troubleshoot connectivity and audit traffic to the endpoint."
  type        = bool
  default     = true
}
