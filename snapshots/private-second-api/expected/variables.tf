variable "region" {
  description = "AWS Region the API is deployed in."
  type        = string
  default     = "eu-west-1"

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
    Api       = "billing-api"
  }
}

variable "name" {
  description = "Name of the REST API; also prefixes the names of related resources."
  type        = string
  default     = "billing-api"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens."
  }
}

variable "description" {
  description = "Description shown on the REST API."
  type        = string
  default     = "billing-api REST API"
}

variable "backend_url" {
  description = "Base URL the HTTP proxy integration forwards to, without a trailing slash (e.g. https://backend.example.com)."
  type        = string

  validation {
    condition     = can(regex("^https?://[^/]+(/.*[^/])?$", var.backend_url))
    error_message = "backend_url must be an http(s) URL without a trailing slash."
  }
}

variable "vpc_endpoint_ids" {
  description = "The execute-api interface endpoint(s) of the VPC the API is reached through: the network baseline's (modules/vpc-endpoint), or an existing one shared by every private API in the VPC."
  type        = list(string)
  default     = ["vpce-0a1b2c3d4e5f60718"]

  validation {
    condition     = alltrue([for id in var.vpc_endpoint_ids : can(regex("^vpce-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Each entry of vpc_endpoint_ids must be a VPC endpoint ID (vpce- followed by 8 or 17 hex digits)."
  }

  validation {
    condition     = length(var.vpc_endpoint_ids) > 0
    error_message = "Give the ID of the VPC's execute-api interface endpoint."
  }
}

variable "domain_name" {
  description = "Custom domain name for the API."
  type        = string
  default     = "billing.internal.example.com"

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

variable "alarm_sns_topic_arn" {
  description = "SNS topic notified when an alarm fires or clears; null creates the alarms without notifications."
  type        = string
  default     = null
}
