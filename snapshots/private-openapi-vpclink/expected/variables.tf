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
