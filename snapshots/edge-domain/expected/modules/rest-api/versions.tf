terraform {
  required_version = "~> 1.7"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.66"
      # The certificate for an edge-optimized custom domain must be issued in us-east-1.
      configuration_aliases = [aws.us_east_1]
    }
  }
}
