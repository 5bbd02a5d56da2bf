using System.Reflection;
using CareMatch.ArchitectureTests.Support;
using CareMatch.SharedKernel.Authorization;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Every command and query in a contract says who may send it (an <see cref="AccessDeclarationAttribute"/>),
/// and every role it names is a real one. The access behaviour refuses an undeclared message, so
/// a forgotten declaration would only show up as a page that always answers 403; this says so at
/// build time, and a misspelt role (which would lock out the people meant) with it.
/// </summary>
internal sealed class EveryMessageDeclaresWhoMaySendItRule
{
    public IReadOnlyList<string> Check(Assembly contracts)
    {
        var violations = new List<string>();
        foreach (var message in ContractMessages.In(contracts))
        {
            if (MessageAccess.For(message) is not { } access)
            {
                violations.Add($"{message.FullName} does not say who may send it. Add [SentBy(Roles.X)], [SentByAnyoneSignedIn], "
                    + "[SentByAnyone] or [SentByModules] (CareMatch.SharedKernel.Authorization).");
                continue;
            }
            violations.AddRange(access.Roles.Where(role => !Roles.All.Contains(role))
                .Select(role => $"{message.FullName} names the role '{role}', which does not exist. Use the names in Roles."));
        }
        return violations;
    }
}
