using CareMatch.SharedKernel.Events;

namespace CareMatch.Providers.Contracts;

/// <summary>
/// The carer's account was deleted and their profile, checks and files with it. Modules that
/// keep rows by this profile id delete or anonymise them.
/// </summary>
public sealed record CarerProfileDeleted(Guid ProfileId) : IntegrationEvent;
