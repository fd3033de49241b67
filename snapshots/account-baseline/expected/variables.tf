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
    Api       = "platform-account"
  }
}
