using CareMatch.Notifications.Delivery;
using CareMatch.Notifications.Digest;
using CareMatch.Notifications.Events;
using CareMatch.Notifications.Persistence;
using CareMatch.Notifications.Preferences;
using CareMatch.Notifications.Reminders;
using CareMatch.SharedKernel.Persistence;
using CareMatch.SharedKernel.Scheduling;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Notifications;

/// <summary>
/// Telling people what happened: an inbox on the site and an email for each notification (unless
/// they turned that kind off), visit reminders the day before, and carers' daily job digest.
/// Other modules' events say what happened; other modules may also send <c>Notify</c>.
/// </summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<NotificationsDbContext>(NotificationsDbContext.Schema);
        services.AddValidatorsFromAssembly(typeof(NotificationsModule).Assembly, includeInternalTypes: true);
        services.AddScoped<Recipients>();
        services.AddScoped<UnsubscribeTokens>();
        services.AddScoped<NotificationEmails>();
        services.AddScoped<Notifier>();
        services.AddScoped<TellOnce>();
        services.AddScoped<IScheduledTask, VisitReminderTask>();
        services.AddScoped<IScheduledTask, JobDigestTask>();
        return services;
    }
}
