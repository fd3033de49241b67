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
  description = "Authorization of the sample method: AWS_IAM (callers sign requests with SigV4) or NONE. Behind your own CloudFront the default is NONE: CloudFront rewrites Host and the path, so SigV4 signatures made for the CloudFront name never validate. Authenticate in the backend, or with a Lambda or Cognito authorizer; the web ACL admits only requests that came through CloudFront."
  type        = string
  default     = "NONE"

  validation {
    condition     = contains(["AWS_IAM", "NONE"], var.authorization)
    error_message = "authorization must be AWS_IAM or NONE."
  }
}

variable "backend_url" {
  description = "Base URL the HTTP proxy integration forwards to, without a trailing slash (e.g. https://backend.example.com)."
  type        = string

  validation {
    condition     = can(regex("^https?://[^/]+(/.*[^/])?$", var.backend_url))
    error_message = "backend_url must be an http(s) URL without a trailing slash."
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

variable "hosted_zone_id" {
  description = "Public Route 53 hosted zone that holds domain_name: receives the alias record and, unless certificate_arn is given, the certificate validation records."
  type        = string

  validation {
    condition     = can(regex("^Z[0-9A-Z]{1,32}$", var.hosted_zone_id))
    error_message = "hosted_zone_id must be a Route 53 hosted zone ID (Z…)."
  }
}

variable "certificate_arn" {
  description = "ARN of an existing ACM certificate for domain_name, in us-east-1 (a central or wildcard one), used when create_certificate is false. It must be issued (not pending validation) and cover domain_name; a certificate from another Region is refused by CloudFront."
  type        = string
  default     = null

  validation {
    condition     = var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/", var.certificate_arn))
    error_message = "certificate_arn must be null or an ACM certificate ARN in us-east-1: CloudFront (and so an edge-optimized domain or a CloudFront alias) uses certificates from us-east-1 only."
  }
}

variable "create_certificate" {
  description = "Issue the custom domain's ACM certificate here, validated through DNS in hosted_zone_id; false uses certificate_arn."
  type        = bool
  default     = true
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

variable "origin_verify_secret" {
  description = "Secret CloudFront adds to every origin request (header x-origin-verify); the stage's web ACL blocks requests without it, so nobody reaches the API around CloudFront. At least 32 random characters (openssl rand -hex 32); keep it out of version control (TF_VAR_origin_verify_secret or a secrets store). It is in the Terraform state (the distribution and the web ACL hold it): keep the state encrypted. Rotate in two applies: the new value here with the old one in origin_verify_previous_secret, then, once the distribution is deployed everywhere, origin_verify_previous_secret = null."
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.origin_verify_secret) >= 32
    error_message = "origin_verify_secret must be at least 32 characters (openssl rand -hex 32)."
  }
}

variable "origin_verify_previous_secret" {
  description = "During a rotation of origin_verify_secret, the previous value: the web ACL accepts both while CloudFront's edges move to the new one (minutes after the apply). Set it back to null in a second apply once the distribution shows Deployed."
  type        = string
  default     = null
  sensitive   = true

  validation {
    condition     = var.origin_verify_previous_secret == null ? true : length(var.origin_verify_previous_secret) >= 32
    error_message = "origin_verify_previous_secret must be the previous secret (32 characters or more), or null."
  }
}

variable "cloudfront_price_class" {
  description = "CloudFront price class: which edge locations serve the API. PriceClass_100 serves from North America and Europe only (callers elsewhere reach the nearest of those); PriceClass_All from every edge location, at a higher price per request."
  type        = string
  default     = "PriceClass_100"

  validation {
    condition     = contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.cloudfront_price_class)
    error_message = "cloudfront_price_class must be PriceClass_100, PriceClass_200 or PriceClass_All."
  }
}

variable "cloudfront_log_bucket" {
  description = "The S3 bucket that receives CloudFront standard logs, by its domain name (my-logs.s3.amazonaws.com; the bucket needs ACLs enabled for the awslogs-delivery account). null: no CloudFront logs (API Gateway's access log still records every request that reaches the stage)."
  type        = string
  default     = null

  validation {
    condition     = var.cloudfront_log_bucket == null ? true : can(regex("^[a-z0-9.-]+\\.s3(\\.[a-z0-9-]+)?\\.amazonaws\\.com(\\.cn)?$", var.cloudfront_log_bucket))
    error_message = "cloudfront_log_bucket must be a bucket domain name such as my-logs.s3.amazonaws.com, or null."
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
