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

output "endpoint_specific_invoke_url" {
  description = "Invoke URL through the endpoint-specific Route 53 alias ({api-id}-{vpce-id}); works from the VPC with or without private DNS."
  value       = module.api.endpoint_specific_invoke_url
}

output "custom_domain_url" {
  description = "Base URL of the API on its custom domain."
  value       = module.api.custom_domain_url
}

output "domain_name_target" {
  description = "Host name the custom domain's alias record points at."
  value       = module.api.domain_name_target
}

output "private_hosted_zone_id" {
  description = "Route 53 private hosted zone that resolves the custom domain inside the VPC."
  value       = module.api.private_hosted_zone_id
}

output "domain_name_arn" {
  description = "ARN of the private custom domain name; consumer accounts associate their endpoints with it."
  value       = module.api.domain_name_arn
}
