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

variable "alarm_sns_topic_arn" {
  description = "SNS topic notified when an alarm fires or clears; null creates the alarms without notifications."
  type        = string
  default     = null
}
