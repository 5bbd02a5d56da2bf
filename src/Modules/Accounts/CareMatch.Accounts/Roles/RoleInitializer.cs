using CareMatch.Accounts.Contracts;
using CareMatch.SharedKernel.Hosting;
using CareMatch.SharedKernel.Scheduling;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Roles;

/// <summary>Makes sure the four roles exist; safe to run on every start of every node.</summary>
internal sealed class RoleInitializer(RoleManager<IdentityRole> roles) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var role in AccountRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
