terraform {
  required_version = "~> 1.7"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.66"
      # The certificate for a CloudFront alias must be issued in us-east-1.
      configuration_aliases = [aws.us_east_1]
    }
  }
}
