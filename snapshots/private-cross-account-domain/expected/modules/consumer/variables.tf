variable "name" {
  description = "Prefix for the consumer-side resources."
  type        = string
  default     = "ledger-api"
}

variable "vpc_id" {
  description = "Consumer VPC whose clients call the private API."
  type        = string

  validation {
    condition     = can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.vpc_id))
    error_message = "vpc_id must be a VPC ID (vpc- followed by 8 or 17 hex digits)."
  }
}

variable "create_vpc_endpoint" {
  description = "Create the consumer VPC's execute-api interface endpoint here; false reuses the one the VPC has (vpc_endpoint_id): only one with private DNS can exist per VPC."
  type        = bool
  default     = true
}

variable "vpc_endpoint_id" {
  description = "The consumer VPC's existing execute-api interface endpoint, with create_vpc_endpoint = false."
  type        = string
  default     = null

  validation {
    condition     = var.vpc_endpoint_id == null || can(regex("^vpce-([0-9a-f]{8}|[0-9a-f]{17})$", var.vpc_endpoint_id))
    error_message = "vpc_endpoint_id must be null or a VPC endpoint ID (vpce- followed by 8 or 17 hex digits)."
  }
}

variable "subnet_ids" {
  description = "Subnets for the interface endpoint, in at least two Availability Zones ([] when create_vpc_endpoint = false)."
  type        = list(string)

  validation {
    condition     = alltrue([for id in var.subnet_ids : can(regex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Each entry of subnet_ids must be a subnet ID (subnet-…)."
  }
}

variable "client_security_group_ids" {
  description = "Security groups of the consumer clients allowed to reach the endpoint on 443 (when it is created here)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.client_security_group_ids : can(regex("^sg-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Each entry of client_security_group_ids must be a security group ID (sg-…)."
  }
}

variable "private_dns_enabled" {
  description = "Resolve the default execute-api hostnames to this endpoint inside the consumer VPC (public APIs then answer 403 from it)."
  type        = bool
  default     = true
}

variable "domain_name" {
  description = "Private custom domain of the API, shared with this account through AWS RAM."
  type        = string
  default     = "ledger.internal.example.com"
}

variable "domain_name_arn" {
  description = "ARN of the shared private custom domain name (the provider's domain_name_arn output)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:apigateway:", var.domain_name_arn))
    error_message = "domain_name_arn must be an API Gateway domain name ARN."
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

variable "tags" {
  description = "Tags for every resource that takes them."
  type        = map(string)
  default     = {}
}
