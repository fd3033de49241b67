# The API is your OpenAPI document (Orders 1.4.0). It stays yours, edited in
# one place: Terraform reads it on every plan. This file adds only what Terraform knows:
#   - the integration of each operation that declares none (one that declares its own
#     x-amazon-apigateway-integration keeps it as written);
#   - a request validator for parameters and bodies, unless the document names its own;
#   - the function's permission, one per operation it serves.
locals {
  # JSON is read as JSON: yamldecode refuses some JSON that jsondecode takes (escaped emoji).
  openapi = try(jsondecode(var.openapi_document), yamldecode(var.openapi_document))

  # The keys of a path item that are operations (the others: parameters, summary, servers …).
  openapi_methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "x-amazon-apigateway-any-method"]

  # Each operation's method as API Gateway names it.
  openapi_http_method = { for m in local.openapi_methods : m => m == "x-amazon-apigateway-any-method" ? "ANY" : upper(m) }

  # The integration of an operation that declares none.
  # Lambda proxy integrations are always invoked with POST, whatever the client's method.
  openapi_integration = {
    for path, item in local.openapi.paths : path => {
      for key, op in item : key => {
        type                = "aws_proxy"
        httpMethod          = "POST"
        uri                 = data.aws_lambda_function.backend.invoke_arn
        passthroughBehavior = "when_no_match"
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
    components = merge(try(local.openapi.components, {}), {
      securitySchemes = merge(try(local.openapi.components.securitySchemes, {}), { for name, scheme in local.openapi_security_schemes : name => scheme if local.openapi_adds_security })
    })
  }))

  # Every operation, and whether the document integrates it itself.
  openapi_operations = flatten([
    for path, item in local.openapi.paths : [
      for key, op in item : {
        path       = path
        method     = local.openapi_http_method[lower(key)]
        integrated = can(op["x-amazon-apigateway-integration"])
      } if contains(local.openapi_methods, lower(key))
    ]
  ])

  # The operations this module integrates with the function; each gets a permission scoped to
  # its method and path (path parameters as wildcards). A function's resource policy holds at
  # most 20 KB, so past 40 operations the permissions are one per method.
  openapi_lambda_operations = [for o in local.openapi_operations : o if !o.integrated]
  openapi_lambda_source_arns = length(local.openapi_lambda_operations) <= 40 ? tomap({
    for o in local.openapi_lambda_operations : "${o.method} ${o.path}" => "${aws_api_gateway_rest_api.this.execution_arn}/*/${o.method == "ANY" ? "*" : o.method}${replace(o.path, "/\\{[^}]*\\}/", "*")}"
    }) : tomap({
    for m in distinct([for o in local.openapi_lambda_operations : o.method]) : "${m} /*" => "${aws_api_gateway_rest_api.this.execution_arn}/*/${m == "ANY" ? "*" : m}/*"
  })
}

resource "aws_lambda_permission" "api_gateway" {
  for_each = local.openapi_lambda_source_arns

  statement_id  = "apigw-${var.name}-${substr(sha1(each.key), 0, 12)}"
  action        = "lambda:InvokeFunction"
  function_name = data.aws_lambda_function.backend.function_name
  principal     = "apigateway.amazonaws.com"
  # This API (any stage), this operation's method and path only.
  source_arn = each.value
}
