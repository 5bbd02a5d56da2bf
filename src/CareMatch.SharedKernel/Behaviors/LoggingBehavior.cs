using System.Diagnostics;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CareMatch.SharedKernel.Behaviors;

/// <summary>
/// Logs every message with its duration and outcome, as structured fields. A refusal the
/// product expects (not found, not allowed, bad input) is information: someone followed an old
/// link or typed a wrong date, and warnings are kept for what someone should look at.
/// </summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            logger.LogInformation("Handled {MessageType} in {ElapsedMs:0.0} ms",
                typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception) when (exception is NotFoundException or AccessDeniedException or InputValidationException)
        {
            logger.LogInformation("{MessageType} refused after {ElapsedMs:0.0} ms: {ErrorType}",
                typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
        catch (Exception exception)
        {
            logger.LogWarning("{MessageType} failed after {ElapsedMs:0.0} ms: {ErrorType}",
                typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }
}
