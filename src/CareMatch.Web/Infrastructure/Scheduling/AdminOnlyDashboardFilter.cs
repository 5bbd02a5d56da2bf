using CareMatch.Accounts.Contracts;
using Hangfire.Dashboard;

namespace CareMatch.Web.Infrastructure.Scheduling;

/// <summary>The jobs dashboard shows payloads and can retry jobs: admins only.</summary>
public sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.IsInRole(AccountRoles.Admin);
}
