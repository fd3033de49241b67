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

variable "tags" {
  description = "Tags for every resource that takes them."
  type        = map(string)
  default     = {}
}
