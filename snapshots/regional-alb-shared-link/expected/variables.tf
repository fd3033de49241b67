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
    Api       = "catalog-api"
  }
}

variable "name" {
  description = "Name of the REST API; also prefixes the names of related resources."
  type        = string
  default     = "catalog-api"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens."
  }
}

variable "description" {
  description = "Description shown on the REST API."
  type        = string
  default     = "catalog-api REST API"
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

variable "vpc_link_id" {
  description = "ID of the existing VPC link V2 in the load balancer's VPC (the vpc_link_id output of the API that created it)."
  type        = string
  default     = "x7k2mq"

  validation {
    condition     = can(regex("^[a-z0-9]{4,32}$", var.vpc_link_id))
    error_message = "vpc_link_id must be a VPC link ID: lowercase letters and digits, e.g. abc123."
  }
}

variable "waf_rate_limit" {
  description = "Requests per 5 minutes from one client address above which the web ACL blocks that address (behind your CloudFront, in the distribution's web ACL, on the viewer's real address)."
  type        = number
  default     = 2000

  validation {
    condition     = var.waf_rate_limit >= 10
    error_message = "waf_rate_limit must be at least 10 (the AWS WAF minimum)."
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
