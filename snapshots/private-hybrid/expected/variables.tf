variable "region" {
  description = "AWS Region the API is deployed in."
  type        = string
  default     = "us-east-1"

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
    Api       = "my-api"
  }
}

variable "name" {
  description = "Name of the REST API; also prefixes the names of related resources."
  type        = string
  default     = "my-api"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens."
  }
}

variable "description" {
  description = "Description shown on the REST API."
  type        = string
  default     = "my-api REST API"
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

variable "onprem_cidr_blocks" {
  description = "On-premises ranges (over Direct Connect or VPN) allowed to reach the endpoint on 443 and the Resolver inbound endpoint on 53."
  type        = list(string)
  default     = ["10.20.0.0/16"]

  validation {
    condition     = alltrue([for c in var.onprem_cidr_blocks : can(cidrhost(c, 0))])
    error_message = "Each entry of onprem_cidr_blocks must be an IPv4 CIDR block such as 10.20.0.0/16."
  }

  validation {
    condition     = alltrue([for c in var.onprem_cidr_blocks : tonumber(split("/", c)[1]) > 0])
    error_message = "onprem_cidr_blocks must not contain 0.0.0.0/0: list the client ranges that need access."
  }

  validation {
    condition     = length(var.onprem_cidr_blocks) > 0
    error_message = "Give at least one on-premises range."
  }

  validation {
    condition     = length(var.onprem_cidr_blocks) <= 20
    error_message = "At most 20 on-premises ranges (each takes network ACL rule numbers); summarise them into larger ranges."
  }
}

variable "private_dns_enabled" {
  description = "Resolve the default execute-api hostnames to the interface endpoint inside the VPC. Public APIs can then not be called by their default hostnames from this VPC (403)."
  type        = bool
  default     = true
}

variable "resolver_forward_zones" {
  description = "Zones on-premises DNS forwards to the Resolver inbound endpoint: the private custom domains of the APIs behind this endpoint, each by its own name (output onprem_conditional_forwarders)."
  type        = list(string)
  default     = []
}
