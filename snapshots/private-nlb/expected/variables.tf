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

variable "nlb_arn" {
  description = "ARN of the existing internal load balancer the VPC link V2 sends requests to: a Network or an Application Load Balancer, in this account and Region."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:loadbalancer/(net|app)/", var.nlb_arn))
    error_message = "nlb_arn must be the ARN of a Network or Application Load Balancer (…:loadbalancer/net/… or …:loadbalancer/app/…)."
  }
}

variable "nlb_backend_url" {
  description = "Base URL requests are sent to through the VPC link (its host becomes the Host header); with a TLS listener the host name must match the listener certificate, and its port (default 443 for https, 80 for http) is the listener port."
  type        = string

  validation {
    condition     = can(regex("^https?://[^/]+$", var.nlb_backend_url))
    error_message = "nlb_backend_url must be an http(s) URL with no path, e.g. https://orders.internal.example.com."
  }
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

variable "private_dns_enabled" {
  description = "Resolve the default execute-api hostnames to the interface endpoint inside the VPC. Public APIs can then not be called by their default hostnames from this VPC (403)."
  type        = bool
  default     = false
}
