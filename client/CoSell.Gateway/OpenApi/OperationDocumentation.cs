using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CoSell.Gateway.OpenApi;

/// <summary>
/// Each operation as its route is declared (<see cref="ApiDescriptions"/>): the query parameters and headers it reads,
/// the headers its responses carry, and the bearer token it needs unless it allows anonymous callers.
/// </summary>
public sealed class OperationDocumentation : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Parameters ??= [];
        foreach (var query in metadata.OfType<QueryParameter>())
        {
            var schema = new OpenApiSchema { Type = query.Type switch { "integer" => JsonSchemaType.Integer, "boolean" => JsonSchemaType.Boolean, _ => JsonSchemaType.String } };
            if (query.Values is { } values)
            {
                schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
            }

            operation.Parameters.Add(new OpenApiParameter
            {
                Name = query.Name,
                In = ParameterLocation.Query,
                Description = query.Description,
                Schema = schema,
                Example = query.Example is null ? null : JsonValue.Create(query.Example),
            });
        }

        foreach (var header in metadata.OfType<HeaderParameter>())
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = header.Example is null ? null : JsonValue.Create(header.Example),
            });
        }

        foreach (var header in metadata.OfType<ResponseHeader>())
        {
            if (operation.Responses?.TryGetValue(header.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true && response is OpenApiResponse known)
            {
                known.Headers ??= new Dictionary<string, IOpenApiHeader>();
                known.Headers[header.Name] = new OpenApiHeader { Description = header.Description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }

        if (operation.Responses?.TryGetValue("429", out var limited) == true && limited is OpenApiResponse tooMany)
        {
            tooMany.Headers ??= new Dictionary<string, IOpenApiHeader>();
            tooMany.Headers["Retry-After"] = new OpenApiHeader { Description = "Whole seconds to wait before calling again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } };
        }

        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(DocumentDocumentation.BearerScheme, context.Document)] = [] }];
        }

        return Task.CompletedTask;
    }
}
