using System.Text;
using CareMatch.Payments.Contracts;
using Mediator;
using Microsoft.AspNetCore.Http.Features;

namespace CareMatch.Web.Infrastructure.Payments;

/// <summary>
/// Where Stripe posts its events. The body is passed on exactly as it came (the signature is over
/// those bytes); Payments verifies it and applies it once. A refused delivery gets 400, so a
/// forged or stale post changes nothing and says nothing.
/// </summary>
public static class StripeWebhookEndpoint
{
    public const string Path = "/stripe/webhook";

    /// <summary>Stripe's events are a few kilobytes; anything near this is not one of them.</summary>
    private const long MaxBodyBytes = 512 * 1024;

    public static void MapStripeWebhook(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, ReceiveAsync).DisableAntiforgery();

    private static async Task<IResult> ReceiveAsync(HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        if (context.Request.ContentLength > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var payload = await reader.ReadToEndAsync(cancellationToken);
        var receipt = await sender.Send(new ReceiveStripeEvent(payload, context.Request.Headers["Stripe-Signature"].FirstOrDefault()), cancellationToken);
        return Results.Text(receipt.Outcome, statusCode: receipt.Refused ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }
}
