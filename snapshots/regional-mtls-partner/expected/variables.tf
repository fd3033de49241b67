variable "region" {
  description = "AWS Region the API is deployed in."
  type        = string
  default     = "us-east-2"

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
    Api       = "partner-api"
  }
}

variable "name" {
  description = "Name of the REST API; also prefixes the names of related resources."
  type        = string
  default     = "partner-api"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens."
  }
}

variable "description" {
  description = "Description shown on the REST API."
  type        = string
  default     = "partner-api REST API"
}

variable "mtls_truststore_uri" {
  description = "S3 URI of the truststore (PEM bundle of the CAs clients' certificates chain to), s3://bucket/key."
  type        = string
  default     = "s3://partner-truststore-111122223333/truststore.pem"

  validation {
    condition     = can(regex("^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+$", var.mtls_truststore_uri))
    error_message = "mtls_truststore_uri must be s3://<bucket>/<key>."
  }
}

variable "mtls_truststore_version" {
  description = "S3 object version of the truststore: pinned, so a new bundle is a reviewed change (null: the latest, which API Gateway reads only when the domain is updated)."
  type        = string
  default     = "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"
}

variable "domain_name" {
  description = "Custom domain name for the API."
  type        = string
  default     = "partners.example.com"

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
  description = "ARN of an existing ACM certificate for domain_name, in the API's Region (a central or wildcard one), used when create_certificate is false. It must be issued (not pending validation) and cover domain_name; a certificate from another Region is refused by API Gateway."
  type        = string
  default     = null

  validation {
    condition     = var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/", var.certificate_arn))
    error_message = "certificate_arn must be null or an ACM certificate ARN (in the API's Region)."
  }
}

variable "create_certificate" {
  description = "Issue the custom domain's ACM certificate here, validated through DNS in hosted_zone_id; false uses certificate_arn."
  type        = bool
  default     = true
}

variable "alarm_sns_topic_arn" {
  description = "SNS topic notified when an alarm fires or clears; null creates the alarms without notifications."
  type        = string
  default     = null
}
