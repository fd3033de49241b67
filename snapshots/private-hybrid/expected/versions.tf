terraform {
  required_version = "~> 1.7"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # The offline schema check of create-api-endpoint 0.2.0 was made against this provider release.
      version = "~> 6.66"
    }
  }
}
