using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Payouts;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Pricing;
using CareMatch.Payments.Webhooks;
using CareMatch.SharedKernel.Persistence;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Stripe;

namespace CareMatch.Payments;

public static class PaymentsModule
{
    public static IServiceCollection AddPaymentsModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<PaymentsDbContext>(PaymentsDbContext.Schema);
        services.AddValidatorsFromAssembly(typeof(PaymentsModule).Assembly, includeInternalTypes: true);

        var stripe = StripeSettings.From(configuration);
        services.AddSingleton(stripe);
        services.AddSingleton(FeeSettings.From(configuration));
        if (stripe.IsConfigured)
        {
            // Stripe.net's own retries are off: ours repeat a call with its stored idempotency key.
            services.AddSingleton(new StripeClient(
                stripe.SecretKey, httpClient: new SystemNetHttpClient(new HttpClient(), maxNetworkRetries: 0), apiBase: stripe.ApiBase));
            services.AddScoped<IPaymentGateway, StripeGateway>();
            services.AddSingleton(stripe.HostedPageOrigins);
        }
        else
        {
            services.AddSingleton<IPaymentGateway, SimulatedGateway>();
            services.AddSingleton(PaymentPageOrigins.None);
        }
        services.AddScoped<PayoutAccountUpdates>();
        services.AddScoped<Cards.CardSetups>();
        services.AddScoped<Ledger.Books>();
        services.AddScoped<Visits.VisitPayments>();
        services.AddScoped<Visits.VisitPaymentSteps>();
        services.AddScoped<Refunding.RefundSteps>();
        services.AddScoped<Refunding.RefundDecisions>();
        services.AddScoped<Budgets.BudgetStatements>();
        services.AddScoped<Budgets.FundingBudgets>();
        services.AddScoped<Budgets.CouncilInvoicesAtStripe>();
        services.AddScoped<SharedKernel.Scheduling.IScheduledTask, Budgets.CouncilInvoiceTask>();
        services.AddScoped<Reconciliation.MovementReferences>();
        services.AddScoped<SharedKernel.Scheduling.IScheduledTask, Reconciliation.LedgerReconciliationTask>();
        services.AddScoped<SharedKernel.Scheduling.IScheduledTask, Visits.VisitMoneyTask>();
        services.AddSingleton<StripeEventReader>();
        services.AddScoped<VisitMoneyEvents>();
        services.AddScoped<DisputeEvents>();
        services.AddScoped<PayoutEvents>();
        services.AddScoped<CouncilInvoiceEvents>();
        return services;
    }
}
