using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CoSell.Gateway.OpenApi;

/// <summary>
/// Schemas as the server writes them: a property that can be null is left out when it is (RestJson writes no nulls),
/// so it is never <c>required</c>; what is always written stays required. Bodies and problems carry an example
/// (<see cref="SchemaExamples"/>).
/// </summary>
public sealed class SchemaDocumentation : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is { Count: > 0 } required && context.JsonTypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.IsGetNullable || Nullable.GetUnderlyingType(p.PropertyType) is not null))
            {
                required.Remove(property.Name);
            }
        }

        if (SchemaExamples.ByType.TryGetValue(context.JsonTypeInfo.Type, out var example))
        {
            schema.Examples = [System.Text.Json.Nodes.JsonNode.Parse(example)!];
        }

        return Task.CompletedTask;
    }
}
