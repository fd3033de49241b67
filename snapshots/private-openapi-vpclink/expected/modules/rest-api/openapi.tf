# The API is your OpenAPI document (Ledger 3.0). It stays yours, edited in
# one place: Terraform reads it on every plan (from the bundle the tool writes, since it
# references other files). This file adds only what Terraform knows:
#   - the integration of each operation that declares none (one that declares its own
#     x-amazon-apigateway-integration keeps it as written);
#   - a request validator for parameters and bodies, unless the document names its own;
#   - the endpoint configuration and the resource policy (policy.tf), so an import keeps them;
locals {
  # JSON is read as JSON: yamldecode refuses some JSON that jsondecode takes (escaped emoji).
  openapi = try(jsondecode(var.openapi_document), yamldecode(var.openapi_document))

  # The keys of a path item that are operations (the others: parameters, summary, servers …).
  openapi_methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "x-amazon-apigateway-any-method"]

  # Each operation's method as API Gateway names it.
  openapi_http_method = { for m in local.openapi_methods : m => m == "x-amazon-apigateway-any-method" ? "ANY" : upper(m) }

  # Path parameters ({id}, and {proxy+} as proxy) are passed on to the backend by name.
  openapi_path_parameters = {
    for path, item in local.openapi.paths : path => {
      for m in regexall("\\{([^}+]+)\\+?\\}", path) : "integration.request.path.${m[0]}" => "method.request.path.${m[0]}"
    }
  }

  # The integration of an operation that declares none.
  # Through the VPC link to the load balancer named by integrationTarget; with a TLS listener the URI's
  # host name must match the listener certificate.
  openapi_integration = {
    for path, item in local.openapi.paths : path => {
      for key, op in item : key => {
        type                = "http_proxy"
        httpMethod          = local.openapi_http_method[lower(key)]
        connectionType      = "VPC_LINK"
        connectionId        = aws_apigatewayv2_vpc_link.this.id
        integrationTarget   = var.load_balancer_arn
        uri                 = "${var.backend_url}${replace(path, "+}", "}")}"
        requestParameters   = local.openapi_path_parameters[path]
        passthroughBehavior = "when_no_match"
        timeoutInMillis     = 29000
      } if contains(local.openapi_methods, lower(key))
    }
  }

  # The document's paths with the integration added where an operation has none (the
  # operation's own keys, its own integration included, win).
  openapi_paths = {
    for path, item in local.openapi.paths : path => merge(
      { for key, value in item : key => value if !contains(local.openapi_methods, lower(key)) },
      { for key, op in item : key => merge({ "x-amazon-apigateway-integration" = local.openapi_integration[path][key] }, op) if contains(local.openapi_methods, lower(key)) },
    )
  }

  # Requests are validated (parameters, and bodies against their schemas) unless the document
  # names another default validator.
  openapi_validators = merge(
    { "validate-parameters-and-body" = { validateRequestBody = true, validateRequestParameters = true } },
    try(local.openapi["x-amazon-apigateway-request-validators"], {}),
  )

  # Who may call, for a document that does not say (no top-level security): IAM (SigV4).
  # A document with its own security keeps it as written (and its
  # operations' own security, security: [] included).
  openapi_security_schemes = {
    sigv4 = { type = "apiKey", name = "Authorization", in = "header", "x-amazon-apigateway-authtype" = "awsSigv4" }
  }
  openapi_adds_security = !can(local.openapi.security)

  openapi_body = jsonencode(merge(local.openapi, {
    paths                                    = local.openapi_paths
    "x-amazon-apigateway-request-validators" = local.openapi_validators
    "x-amazon-apigateway-request-validator"  = try(local.openapi["x-amazon-apigateway-request-validator"], "validate-parameters-and-body")
    security                                 = try(local.openapi.security, [{ for name, scheme in local.openapi_security_schemes : name => [] }])
    securityDefinitions                      = merge(try(local.openapi.securityDefinitions, {}), { for name, scheme in local.openapi_security_schemes : name => scheme if local.openapi_adds_security })
    # The import sets these as well: Terraform's values, so an overwrite never drops them.
    "x-amazon-apigateway-endpoint-configuration" = merge(try(local.openapi["x-amazon-apigateway-endpoint-configuration"], {}), { vpcEndpointIds = local.allowed_vpc_endpoint_ids })
    "x-amazon-apigateway-policy"                 = jsondecode(data.aws_iam_policy_document.api.json)
  }))
}
