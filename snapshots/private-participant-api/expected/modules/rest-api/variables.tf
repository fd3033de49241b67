variable "name" {
  description = "Name of the REST API; also prefixes the names of related resources."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens."
  }
}

variable "description" {
  description = "Description shown on the REST API."
  type        = string
  default     = ""
}

variable "stage_name" {
  description = "Name of the deployment stage; part of the invoke URL."
  type        = string
  default     = "v1"

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,128}$", var.stage_name))
    error_message = "stage_name may contain letters, digits, hyphens and underscores only."
  }
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

variable "client_security_group_ids" {
  description = "Security groups of this API's callers, admitted on 443 in the shared endpoint's security group (endpoint_security_group_id) by this root."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.client_security_group_ids : can(regex("^sg-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Each entry of client_security_group_ids must be a security group ID (sg- followed by 8 or 17 hex digits)."
  }
}

variable "endpoint_security_group_id" {
  description = "Security group of the VPC's shared execute-api endpoint (the network baseline's endpoint_security_group_id output): this root admits its callers there."
  type        = string

  validation {
    condition     = can(regex("^sg-([0-9a-f]{8}|[0-9a-f]{17})$", var.endpoint_security_group_id))
    error_message = "endpoint_security_group_id must be a security group ID (sg- and 8 or 17 hex digits)."
  }
}

variable "vpc_endpoint_ids" {
  description = "The execute-api interface endpoint(s) of the VPC the API is reached through: the network baseline's (modules/vpc-endpoint), or an existing one shared by every private API in the VPC."
  type        = list(string)

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

variable "throttling_rate_limit" {
  description = "Steady-state requests per second allowed on every method of the stage."
  type        = number
  default     = 100
}

variable "throttling_burst_limit" {
  description = "Burst of requests allowed on every method of the stage."
  type        = number
  default     = 200
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
  description = "KMS key that encrypts the log groups; null keeps CloudWatch Logs' default encryption. The key policy must allow the logs service."
  type        = string
  default     = null
}

variable "log_skip_destroy" {
  description = "Keep the log groups, and the logs in them, when Terraform destroys or replaces them (a rename): they leave the state instead of being deleted. On under --compliance and presets that require a log retention."
  type        = bool
  default     = false
}

variable "xray_tracing_enabled" {
  description = "Trace requests with AWS X-Ray."
  type        = bool
  default     = true
}

variable "alarm_sns_topic_arn" {
  description = "SNS topic notified when an alarm fires or clears; null creates the alarms without notifications."
  type        = string
  default     = null
}

variable "alarm_4xx_threshold" {
  description = "Number of 4XX responses in 5 minutes that raises the client-error alarm (403s from a wrong policy or endpoint show here first)."
  type        = number
  default     = 50
}

variable "alarm_5xx_threshold" {
  description = "Number of 5XX responses in 5 minutes that raises the server-error alarm."
  type        = number
  default     = 5
}

variable "alarm_latency_p99_ms" {
  description = "p99 latency in milliseconds over 5 minutes that raises the latency alarm."
  type        = number
  default     = 2500
}

variable "tags" {
  description = "Tags for every resource that takes them."
  type        = map(string)
  default     = {}
}
