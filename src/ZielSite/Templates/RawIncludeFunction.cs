using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ZielSite.Templates;

/// <summary>
/// Replaces Scriban's <c>include</c> so that the included template's output (already escaped where needed)
/// is written as <see cref="RawHtml"/> and not escaped a second time.
/// </summary>
internal sealed class RawIncludeFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(RawHtml);
    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml(context.ObjectToString(inner.Invoke(context, callerContext, arguments, blockStatement)) ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml(context.ObjectToString(await inner.InvokeAsync(context, callerContext, arguments, blockStatement)) ?? "");
}
