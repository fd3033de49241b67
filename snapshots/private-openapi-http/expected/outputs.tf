output "rest_api_id" {
  description = "ID of the REST API."
  value       = module.api.rest_api_id
}

output "rest_api_execution_arn" {
  description = "Execution ARN of the REST API, for IAM policies and Lambda permissions."
  value       = module.api.rest_api_execution_arn
}

output "endpoint_type" {
  description = "Endpoint type of the REST API."
  value       = module.api.endpoint_type
}

output "stage_name" {
  description = "Name of the deployed stage."
  value       = module.api.stage_name
}

output "stage_arn" {
  description = "ARN of the stage (for WAF associations and IAM)."
  value       = module.api.stage_arn
}

output "invoke_url" {
  description = "Invoke URL of the stage (for a private API it resolves only inside the VPC, with private DNS on)."
  value       = module.api.invoke_url
}

output "access_log_group_name" {
  description = "CloudWatch log group that receives the access logs."
  value       = module.api.access_log_group_name
}

output "execution_log_group_name" {
  description = "CloudWatch log group API Gateway writes execution logs to."
  value       = module.api.execution_log_group_name
}

output "vpc_endpoint_id" {
  description = "ID of the execute-api interface endpoint (allowed by the resource policy)."
  value       = module.endpoint.vpc_endpoint_id
}

output "vpc_endpoint_dns_names" {
  description = "DNS names of the interface endpoint; call with the Host or x-apigw-api-id header when private DNS is off."
  value       = module.endpoint.vpc_endpoint_dns_names
}

output "endpoint_specific_invoke_url" {
  description = "Invoke URL through the endpoint-specific Route 53 alias ({api-id}-{vpce-id}); works from the VPC with or without private DNS."
  value       = module.api.endpoint_specific_invoke_url
}

output "vpc_endpoint_dns_name" {
  description = "DNS name of the endpoint (its first DNS entry): API roots in accounts that cannot read the endpoint take it as vpc_endpoint_dns_name."
  value       = module.endpoint.vpc_endpoint_dns_name
}

output "vpc_endpoint_zone_id" {
  description = "Hosted zone ID of that DNS name (vpc_endpoint_zone_id of an API root with a private custom domain)."
  value       = module.endpoint.vpc_endpoint_zone_id
}

output "endpoint_security_group_id" {
  description = "Security group of the interface endpoint (443 from approved clients only)."
  value       = module.endpoint.endpoint_security_group_id
}

output "spokes_private_zone_id" {
  description = "The private zone that resolves execute-api names to this endpoint in the spoke VPCs (null without spoke_vpc_ids); other accounts' spokes associate with it."
  value       = module.endpoint.spokes_private_zone_id
}
