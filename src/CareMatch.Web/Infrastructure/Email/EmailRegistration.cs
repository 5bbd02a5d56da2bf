using CareMatch.SharedKernel.Email;

namespace CareMatch.Web.Infrastructure.Email;

public static class EmailRegistration
{
    public static IServiceCollection AddCareMatchEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(EmailSettings.Section).Get<EmailSettings>() ?? new EmailSettings();
        services.AddSingleton(settings);
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            services.AddSingleton<PickupFolderEmailSender>();
            services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<PickupFolderEmailSender>());
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        return services;
    }
}
