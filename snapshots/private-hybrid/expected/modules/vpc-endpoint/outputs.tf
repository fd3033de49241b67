output "vpc_endpoint_id" {
  description = "ID of the execute-api interface endpoint (allowed by the resource policy)."
  value       = aws_vpc_endpoint.execute_api.id
}

output "vpc_endpoint_dns_names" {
  description = "DNS names of the interface endpoint; call with the Host or x-apigw-api-id header when private DNS is off."
  value       = aws_vpc_endpoint.execute_api.dns_entry[*].dns_name
}

output "vpc_endpoint_dns_name" {
  description = "DNS name of the endpoint (its first DNS entry): API roots in accounts that cannot read the endpoint take it as vpc_endpoint_dns_name."
  value       = aws_vpc_endpoint.execute_api.dns_entry[0].dns_name
}

output "vpc_endpoint_zone_id" {
  description = "Hosted zone ID of that DNS name (vpc_endpoint_zone_id of an API root with a private custom domain)."
  value       = aws_vpc_endpoint.execute_api.dns_entry[0].hosted_zone_id
}

output "endpoint_security_group_id" {
  description = "Security group of the interface endpoint (443 from approved clients only)."
  value       = aws_security_group.endpoint.id
}

output "spokes_private_zone_id" {
  description = "The private zone that resolves execute-api names to this endpoint in the spoke VPCs (null without spoke_vpc_ids); other accounts' spokes associate with it."
  value       = one(aws_route53_zone.spokes[*].zone_id)
}

output "resolver_inbound_ips" {
  description = "IP addresses of the Route 53 Resolver inbound endpoint (created here, or resolver_endpoint_id); the targets of the on-premises conditional forwarder. Empty when nothing is forwarded (no private custom domain, forward_execute_api_zone off): no inbound endpoint is created then."
  value       = local.resolver_ips
}

output "onprem_conditional_forwarders" {
  description = "The conditional-forwarding rules to configure on the on-premises DNS servers."
  value       = local.conditional_forwarders
}
