provider "aws" {
  region = var.region

  default_tags {
    tags = var.tags
  }
}

# ACM certificates used by CloudFront (edge-optimized custom domains and CloudFront
# aliases) must live in us-east-1, whatever the API's Region.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = var.tags
  }
}
