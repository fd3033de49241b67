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

variable "cognito_user_pool_arns" {
  description = "ARNs of the Cognito user pools whose tokens the authorizer accepts (in the Authorization header)."
  type        = list(string)

  validation {
    condition     = length(var.cognito_user_pool_arns) > 0
    error_message = "cognito_user_pool_arns needs at least one user pool ARN."
  }

  validation {
    condition     = alltrue([for arn in var.cognito_user_pool_arns : can(regex("^arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:[0-9]{12}:userpool/[a-z0-9-]+_[A-Za-z0-9]+$", arn))])
    error_message = "Each entry of cognito_user_pool_arns must be a Cognito user pool ARN (arn:aws:cognito-idp:<region>:<account>:userpool/<id>)."
  }
}

variable "authorization_scopes" {
  description = "OAuth scopes the sample method requires in an access token (empty: any valid ID or access token of the pools)."
  type        = list(string)
  default     = []
}

variable "api_key_clients" {
  description = "One API key per client, by name; each is in the usage plan (its value is in the Terraform state: keep the state encrypted)."
  type        = list(string)
  default     = ["default"]

  validation {
    condition     = length(var.api_key_clients) > 0 && alltrue([for c in var.api_key_clients : can(regex("^[A-Za-z0-9_-]{1,64}$", c))])
    error_message = "api_key_clients needs at least one client name of letters, digits, - or _."
  }
}

variable "api_key_rate_limit" {
  description = "Requests per second each API key may send (the usage plan's rate)."
  type        = number
  default     = 10
}

variable "api_key_burst_limit" {
  description = "Requests each API key may send in a burst above the rate."
  type        = number
  default     = 20
}

variable "api_key_quota_per_day" {
  description = "Requests each API key may send per day (403 \"Limit Exceeded\" past it)."
  type        = number
  default     = 10000
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
