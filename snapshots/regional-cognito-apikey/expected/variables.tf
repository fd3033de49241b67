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
    Api       = "shop-api"
  }
}

variable "name" {
  description = "Name of the REST API; also prefixes the names of related resources."
  type        = string
  default     = "shop-api"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens."
  }
}

variable "description" {
  description = "Description shown on the REST API."
  type        = string
  default     = "shop-api REST API"
}

variable "cognito_user_pool_arns" {
  description = "ARNs of the Cognito user pools whose tokens the authorizer accepts (in the Authorization header)."
  type        = list(string)
  default     = ["arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_AbCdEf123"]

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
