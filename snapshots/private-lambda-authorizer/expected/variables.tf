variable "region" {
  description = "AWS Region the API is deployed in."
  type        = string
  default     = "eu-central-1"

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
  default     = "ledger-api REST API"
}

variable "authorizer_function_name" {
  description = "Name (or ARN) of the Lambda function that authorizes calls (a TOKEN authorizer reading the Authorization header)."
  type        = string
  default     = "ledger-authorizer"

  validation {
    condition     = can(regex("^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:)?[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$", var.authorizer_function_name))
    error_message = "authorizer_function_name must be a Lambda function name or ARN."
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
  default     = "vpc-0a1b2c3d4e5f60718"

  validation {
    condition     = can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.vpc_id))
    error_message = "vpc_id must be a VPC ID (vpc- followed by 8 or 17 hex digits)."
  }
}

variable "subnet_ids" {
  description = "Subnets for the endpoint network interfaces, in at least two Availability Zones."
  type        = list(string)
  default     = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]

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
  default     = ["sg-0a1b2c3d4e5f60718"]

  validation {
    condition     = alltrue([for id in var.client_security_group_ids : can(regex("^sg-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Each entry of client_security_group_ids must be a security group ID (sg- followed by 8 or 17 hex digits)."
  }
}

variable "private_dns_enabled" {
  description = "Resolve the default execute-api hostnames to the interface endpoint inside the VPC. Public APIs can then not be called by their default hostnames from this VPC (403)."
  type        = bool
  default     = true
}
