using CareMatch.Needs.Contracts;
using FluentValidation;

namespace CareMatch.Needs.Input;

// The pipeline looks validators up by the command's own type, so each command that carries
// a request's details includes the one validator for them.

internal sealed class CreateCareRequestValidator : AbstractValidator<CreateCareRequest>
{
    public CreateCareRequestValidator(CareRequestDetailsValidator details) => Include(details);
}
