variable "region" {
  description = "AWS Region the API is deployed in."
  type        = string
  default     = "ap-southeast-2"

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
    Api       = "orders-api"
  }
}

variable "name" {
  description = "Name of the REST API; also prefixes the names of related resources."
  type        = string
  default     = "orders-api"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens."
  }
}

variable "description" {
  description = "Description shown on the REST API."
  type        = string
  default     = "orders-api REST API"
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

variable "load_balancer_arn" {
  description = "ARN of the existing internal load balancer the VPC link V2 sends requests to: a Network or an Application Load Balancer, in this account and Region. Required: set this, or nlb_arn (its former name, still read)."
  type        = string
  default     = null

  validation {
    condition     = var.load_balancer_arn == null || can(regex("^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:loadbalancer/(net|app)/", var.load_balancer_arn))
    error_message = "load_balancer_arn must be the ARN of a Network or Application Load Balancer (…:loadbalancer/net/… or …:loadbalancer/app/…)."
  }
}

variable "nlb_arn" {
  description = "Deprecated: the former name of load_balancer_arn, read when load_balancer_arn is not set. Rename it in terraform.tfvars."
  type        = string
  default     = null
}

variable "backend_url" {
  description = "Base URL requests are sent to through the VPC link (its host becomes the Host header); with a TLS listener the host name must match the listener certificate, and its port (default 443 for https, 80 for http) is the listener port. Required: set this, or nlb_backend_url (its former name, still read)."
  type        = string
  default     = null

  validation {
    condition     = var.backend_url == null || can(regex("^https?://[^/]+$", var.backend_url))
    error_message = "backend_url must be an http(s) URL with no path, e.g. https://orders.internal.example.com."
  }
}

variable "nlb_backend_url" {
  description = "Deprecated: the former name of backend_url, read when backend_url is not set. Rename it in terraform.tfvars."
  type        = string
  default     = null
}

variable "vpc_link_subnet_ids" {
  description = "Subnets of the load balancer's VPC for the VPC link's network interfaces, in at least two Availability Zones."
  type        = list(string)

  validation {
    condition     = alltrue([for id in var.vpc_link_subnet_ids : can(regex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Each entry of vpc_link_subnet_ids must be a subnet ID (subnet- followed by 8 or 17 hex digits)."
  }

  validation {
    condition     = length(var.vpc_link_subnet_ids) >= 2
    error_message = "Give at least two subnets in different Availability Zones, so the VPC link is not a single point of failure."
  }
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
  default     = false
}

variable "allowed_execute_api_arns" {
  description = "APIs that callers in this VPC may invoke through the endpoint (its endpoint policy). The default, every API, is what one endpoint shared by every private API in the VPC needs: other teams' and other accounts' APIs included, each API's resource policy deciding who gets in. Narrow it (execute-api ARN patterns, e.g. arn:PARTITION:execute-api:*:ACCOUNT_ID:* for every API of one account) to keep callers from reaching APIs outside your organisation, at the cost of a 403 for every other API called from this VPC."
  type        = list(string)
  default     = ["*"]

  validation {
    condition     = length(var.allowed_execute_api_arns) > 0
    error_message = "Give at least one API ARN pattern ([\"*\"] for every API)."
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
