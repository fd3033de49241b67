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

variable "load_balancer_arn" {
  description = "ARN of the existing internal load balancer the VPC link V2 sends requests to: a Network or an Application Load Balancer, in this account and Region."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:loadbalancer/(net|app)/", var.load_balancer_arn))
    error_message = "load_balancer_arn must be the ARN of a Network or Application Load Balancer (…:loadbalancer/net/… or …:loadbalancer/app/…)."
  }
}

variable "backend_url" {
  description = "Base URL requests are sent to through the VPC link (its host becomes the Host header); with a TLS listener the host name must match the listener certificate, and its port (default 443 for https, 80 for http) is the listener port."
  type        = string

  validation {
    condition     = can(regex("^https?://[^/]+$", var.backend_url))
    error_message = "backend_url must be an http(s) URL with no path, e.g. https://orders.internal.example.com."
  }
}

variable "vpc_link_id" {
  description = "ID of the existing VPC link V2 in the load balancer's VPC (the vpc_link_id output of the API that created it)."
  type        = string

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
