using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// Names the people in a concern's queue line and trail for admins: a carer by the name they go by,
/// anyone else by their email (seekers and admins give no name), each with their role, like
/// "Tess Trusted (carer)" or "sam@example.com (family)". Account ids are never shown.
/// </summary>
internal sealed class PeopleNames(IModuleSender sender)
{
    public async Task<Func<string?, string>> ForAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Where(id => id != UrgentConcernEmail.SystemActor).Distinct().ToList();
        var accounts = (await sender.Send(new DescribeAccounts(ids), cancellationToken)).ToDictionary(a => a.UserId);
        var carers = await sender.Send(new ListCarerNamesOfUsers(accounts.Values.Where(a => a.Role == AccountRoles.Carer).Select(a => a.UserId).ToList()), cancellationToken);
        return userId => userId switch
        {
            null => "Nobody yet",
            UrgentConcernEmail.SystemActor => "CareMatch (automatically)",
            _ when !accounts.TryGetValue(userId, out var account) => "a deleted account",
            _ when carers.TryGetValue(userId, out var carerName) => $"{carerName} (carer)",
            _ => $"{accounts[userId].Email} ({RoleWords(accounts[userId].Role)})",
        };
    }

    private static string RoleWords(string role) => role switch
    {
        AccountRoles.Seeker => "family",
        AccountRoles.Carer => "carer",
        AccountRoles.Admin => "admin",
        AccountRoles.Commissioner => "commissioner",
        _ => "account",
    };
}
