using System;
using System.Collections.Generic;
using System.Linq;
using HangupGen.Generator.Model;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>static class HangupCauseExtensions</c>: the documentation of each cause, category and
    /// source as switch-based lookups returning literals, and the exhaustive <c>Match</c> helpers,
    /// which take one delegate per cause or category so that a row added to the table breaks every
    /// call site that does not handle it yet.
    /// </summary>
    internal static class HangupCauseExtensionsEmitter
    {
        public const string FileName = GeneratedNames.HangupCauseExtensions + ".g.cs";

        private const string Func = "global::System.Func<TResult>";

        public static string Emit(EmitContext context)
        {
            SourceWriter writer = context.BeginFile();
            writer.WriteDoc(
                "<summary>",
                "Lookups of what the hangup table documents about each <see cref=\"" + context.Cause + "\"/>,",
                "<see cref=\"" + context.Category + "\"/> and <see cref=\"" + context.Source + "\"/>, and exhaustive matching.",
                "Every lookup is a switch over constants: no reflection, no allocation.",
                "</summary>");
            EmitContext.WriteTypeAttributes(writer, isClass: true);
            writer.OpenBlock(context.Accessibility + " static partial class " + GeneratedNames.HangupCauseExtensions);

            WriteCauseLookups(writer, context);
            WriteCauseMatch(writer, context);
            WriteCauseMatchCategory(writer, context);
            WriteCategoryLookups(writer, context);
            WriteCategoryMatch(writer, context);
            WriteSourceLookups(writer, context);
            WriteUndefined(writer);
            WriteSourceSets(writer, context);

            writer.CloseBlock();
            return EmitContext.EndFile(writer);
        }

        private static void WriteCauseLookups(SourceWriter writer, EmitContext context)
        {
            string cause = context.Cause;
            WriteStringLookup(writer, context, "GetName", "the documented name of <paramref name=\"cause\"/>, as sent in <c>HangupCauseName</c> (for example <c>Busy Line</c>)", c => c.Name, "The documented name.");
            WriteStringLookup(writer, context, "GetDescription", "the short documented description of <paramref name=\"cause\"/>", c => c.Description);
            WriteStringLookup(writer, context, "GetDetails", "the full documented description of <paramref name=\"cause\"/>; paragraphs are separated by a blank line", c => c.Details);
            WriteStringLookup(writer, context, "GetNextSteps", "what the documentation advises to do about <paramref name=\"cause\"/>", c => c.NextSteps);
            WriteStringLookup(writer, context, "GetCallTypes", "the call types <paramref name=\"cause\"/> applies to, as documented (for example <c>Outbound and Inbound</c>)", c => c.CallTypes);
            WriteStringLookup(writer, context, "GetCallStates", "the call states <paramref name=\"cause\"/> can happen in, as documented (for example <c>Initiated, Ringing</c>)", c => c.CallStates);

            writer.WriteDoc(
                "<summary>Gets the category of <paramref name=\"cause\"/>.</summary>",
                "<param name=\"cause\">A documented hangup cause.</param>",
                "<returns>The category whose range holds the cause's code.</returns>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"cause\"/> is not a member of the table.</exception>");
            writer.OpenBlock("public static " + context.Category + " GetCategory(this " + cause + " cause)");
            SwitchEmitter.WriteReturnSwitch(
                writer,
                "cause",
                context.CauseRows.Select(c => (cause + "." + c.Identifier, context.Category + "." + c.CategoryIdentifier)),
                "throw Undefined(nameof(cause), cause);");
            writer.CloseBlock();
            writer.WriteLine();

            writer.WriteDoc(
                "<summary>Gets the documented possible hangup sources of <paramref name=\"cause\"/>.</summary>",
                "<param name=\"cause\">A documented hangup cause.</param>",
                "<returns>The sources, in documented order; empty where the documentation names none. The list is shared and read-only.</returns>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"cause\"/> is not a member of the table.</exception>");
            writer.OpenBlock("public static global::System.Collections.Generic.IReadOnlyList<" + context.Source + "> GetSources(this " + cause + " cause)");
            SwitchEmitter.WriteReturnSwitch(
                writer,
                "cause",
                context.CauseRows.Select(c => (cause + "." + c.Identifier, "SourceSets." + SourceSetName(c.Sources))),
                "throw Undefined(nameof(cause), cause);");
            writer.CloseBlock();
            writer.WriteLine();

            WriteIsDefined(writer, cause, "cause", "a member of the table", context.CauseRows.Select(c => c.Identifier));
        }

        private static void WriteStringLookup(
            SourceWriter writer,
            EmitContext context,
            string method,
            string what,
            Func<HangupCauseSpec, string> value,
            string returns = "The text from the hangup table; empty where the table leaves it blank.")
        {
            writer.WriteDoc(
                "<summary>Gets " + what + ".</summary>",
                "<param name=\"cause\">A documented hangup cause.</param>",
                "<returns>" + returns + "</returns>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"cause\"/> is not a member of the table.</exception>");
            writer.OpenBlock("public static string " + method + "(this " + context.Cause + " cause)");
            SwitchEmitter.WriteReturnSwitch(
                writer,
                "cause",
                context.CauseRows.Select(c => (context.Cause + "." + c.Identifier, CSharpText.Literal(value(c)))),
                "throw Undefined(nameof(cause), cause);");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteIsDefined(SourceWriter writer, string type, string parameter, string what, IEnumerable<string> members)
        {
            writer.WriteDoc(
                "<summary>Tells whether <paramref name=\"" + parameter + "\"/> is " + what + ", rather than a value cast from an unknown number.</summary>",
                "<param name=\"" + parameter + "\">The value to check.</param>",
                "<returns><see langword=\"true\"/> when the value is " + what + ".</returns>");
            writer.OpenBlock("public static bool IsDefined(this " + type + " " + parameter + ")");
            SwitchEmitter.WriteReturnSwitch(writer, parameter, members.Select(m => (type + "." + m, "true")), "return false;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteCauseMatch(SourceWriter writer, EmitContext context)
        {
            List<(HangupCauseSpec Cause, string Parameter)> parameters = context.CauseRows.Select(c => (c, CSharpText.ParameterName(c.Identifier))).ToList();
            string subject = CSharpText.UniqueName("cause", parameters.Select(p => p.Parameter).ToList());
            var doc = new List<string>
            {
                "<summary>",
                "Calls the function that handles <paramref name=\"" + subject + "\"/> and returns its result. There is one parameter per",
                "cause of the hangup table, so a cause added to the table stops every call site that does not handle it from compiling.",
                "</summary>",
                "<typeparam name=\"TResult\">The type of the result.</typeparam>",
                "<param name=\"" + subject + "\">The cause to match.</param>",
            };
            doc.AddRange(parameters.Select(p => "<param name=\"" + p.Parameter.TrimStart('@') + "\">Called for <see cref=\"" + context.Cause + "." + p.Cause.Identifier + "\"/> ("
                + CSharpText.Literal(p.Cause.Code) + ", " + CSharpText.Xml(p.Cause.Name) + ").</param>"));
            doc.Add("<returns>The result of the function called.</returns>");
            doc.Add("<exception cref=\"global::System.ArgumentNullException\">The function for <paramref name=\"" + subject + "\"/> is null.</exception>");
            doc.Add("<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"" + subject + "\"/> is not a member of the table.</exception>");
            writer.WriteDoc(doc.ToArray());

            WriteMatchMethod(writer, "Match", context.Cause, subject, parameters.Select(p => (Labels: new[] { context.Cause + "." + p.Cause.Identifier }.AsEnumerable(), p.Parameter)).ToList());
        }

        private static void WriteCauseMatchCategory(SourceWriter writer, EmitContext context)
        {
            List<(HangupCategorySpec Category, string Parameter)> parameters = CategoryParameters(context);
            string subject = CSharpText.UniqueName("cause", parameters.Select(p => p.Parameter).ToList());
            var doc = new List<string>
            {
                "<summary>",
                "Calls the function that handles the category of <paramref name=\"" + subject + "\"/> and returns its result. There is one",
                "parameter per category of the hangup table, so a category added to the table stops every call site that does not",
                "handle it from compiling.",
                "</summary>",
                "<typeparam name=\"TResult\">The type of the result.</typeparam>",
                "<param name=\"" + subject + "\">The cause whose category to match.</param>",
            };
            doc.AddRange(CategoryParameterDocs(context, parameters));
            doc.Add("<returns>The result of the function called.</returns>");
            doc.Add("<exception cref=\"global::System.ArgumentNullException\">The function for the category is null.</exception>");
            doc.Add("<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"" + subject + "\"/> is not a member of the table.</exception>");
            writer.WriteDoc(doc.ToArray());

            WriteMatchMethod(writer, "MatchCategory", context.Cause, subject, parameters.Select(p => (Labels: context.MembersOf(p.Category).Select(c => context.Cause + "." + c.Identifier), p.Parameter)).ToList());
        }

        private static void WriteCategoryLookups(SourceWriter writer, EmitContext context)
        {
            string category = context.Category;
            writer.WriteDoc(
                "<summary>Gets the documented name of <paramref name=\"category\"/> (for example <c>Call Rejections</c>).</summary>",
                "<param name=\"category\">A category of the table.</param>",
                "<returns>The documented name.</returns>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"category\"/> is not a member of the table.</exception>");
            writer.OpenBlock("public static string GetName(this " + category + " category)");
            SwitchEmitter.WriteReturnSwitch(writer, "category", context.CategoryRows.Select(c => (category + "." + c.Identifier, CSharpText.Literal(c.Name))), "throw Undefined(nameof(category), category);");
            writer.CloseBlock();
            writer.WriteLine();

            WriteCategoryValue(writer, context, "GetFirstCode", "int", "the first code of the documented range of", c => CSharpText.Literal(c.FirstCode));
            WriteCategoryValue(writer, context, "GetLastCode", "int", "the last code (inclusive) of the documented range of", c => CSharpText.Literal(c.LastCode));
            WriteCategoryValue(writer, context, "GetMembers", "global::System.Collections.Generic.IReadOnlyList<" + context.Cause + ">",
                "the causes, in code order, of", c => context.Causes + "." + c.Identifier + ".Members");
            WriteIsDefined(writer, category, "category", "a category of the table", context.CategoryRows.Select(c => c.Identifier));
        }

        private static void WriteCategoryValue(SourceWriter writer, EmitContext context, string method, string type, string what, Func<HangupCategorySpec, string> value)
        {
            writer.WriteDoc(
                "<summary>Gets " + what + " <paramref name=\"category\"/>.</summary>",
                "<param name=\"category\">A category of the table.</param>",
                "<returns>The value from the hangup table.</returns>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"category\"/> is not a member of the table.</exception>");
            writer.OpenBlock("public static " + type + " " + method + "(this " + context.Category + " category)");
            SwitchEmitter.WriteReturnSwitch(writer, "category", context.CategoryRows.Select(c => (context.Category + "." + c.Identifier, value(c))), "throw Undefined(nameof(category), category);");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteCategoryMatch(SourceWriter writer, EmitContext context)
        {
            List<(HangupCategorySpec Category, string Parameter)> parameters = CategoryParameters(context);
            string subject = CSharpText.UniqueName("category", parameters.Select(p => p.Parameter).ToList());
            var doc = new List<string>
            {
                "<summary>",
                "Calls the function that handles <paramref name=\"" + subject + "\"/> and returns its result. There is one parameter per",
                "category of the hangup table, so a category added to the table stops every call site that does not handle it from compiling.",
                "</summary>",
                "<typeparam name=\"TResult\">The type of the result.</typeparam>",
                "<param name=\"" + subject + "\">The category to match.</param>",
            };
            doc.AddRange(CategoryParameterDocs(context, parameters));
            doc.Add("<returns>The result of the function called.</returns>");
            doc.Add("<exception cref=\"global::System.ArgumentNullException\">The function for <paramref name=\"" + subject + "\"/> is null.</exception>");
            doc.Add("<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"" + subject + "\"/> is not a member of the table.</exception>");
            writer.WriteDoc(doc.ToArray());

            WriteMatchMethod(writer, "Match", context.Category, subject, parameters.Select(p => (Labels: new[] { context.Category + "." + p.Category.Identifier }.AsEnumerable(), p.Parameter)).ToList());
        }

        private static void WriteSourceLookups(SourceWriter writer, EmitContext context)
        {
            string source = context.Source;
            writer.WriteDoc(
                "<summary>Gets the documented name of <paramref name=\"source\"/>, as sent in <c>HangupSource</c> (for example <c>Call recipient</c>).</summary>",
                "<param name=\"source\">A documented hangup source.</param>",
                "<returns>The documented name.</returns>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"source\"/> is not a documented source.</exception>");
            writer.OpenBlock("public static string GetName(this " + source + " source)");
            SwitchEmitter.WriteReturnSwitch(writer, "source", HangupSourceCatalog.All.Select(s => (source + "." + s.Identifier, CSharpText.Literal(s.Name))), "throw Undefined(nameof(source), source);");
            writer.CloseBlock();
            writer.WriteLine();

            writer.WriteDoc(
                "<summary>Gets the documented description of <paramref name=\"source\"/>.</summary>",
                "<param name=\"source\">A documented hangup source.</param>",
                "<returns>The documented description.</returns>",
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"source\"/> is not a documented source.</exception>");
            writer.OpenBlock("public static string GetDescription(this " + source + " source)");
            SwitchEmitter.WriteReturnSwitch(writer, "source", HangupSourceCatalog.All.Select(s => (source + "." + s.Identifier, CSharpText.Literal(s.Description))), "throw Undefined(nameof(source), source);");
            writer.CloseBlock();
            writer.WriteLine();

            WriteIsDefined(writer, source, "source", "a documented source", HangupSourceCatalog.All.Select(s => s.Identifier));
        }

        private static void WriteUndefined(SourceWriter writer)
        {
            // The exception is built out of line so that the lookups stay small enough to inline.
            writer.OpenBlock("private static global::System.ArgumentOutOfRangeException Undefined(string parameter, object value)");
            writer.WriteLine("return new global::System.ArgumentOutOfRangeException(parameter, value, \"The value is not a member of the hangup table.\");");
            writer.CloseBlock();
        }

        /// <summary>One shared read-only list per distinct set of sources, so <c>GetSources</c> never allocates.</summary>
        private static void WriteSourceSets(SourceWriter writer, EmitContext context)
        {
            writer.WriteLine();
            writer.OpenBlock("private static class SourceSets");
            IEnumerable<EquatableArray<string>> sets = context.CauseRows.Select(c => c.Sources).Distinct().OrderBy(SourceSetName, StringComparer.Ordinal);
            foreach (EquatableArray<string> set in sets)
            {
                string items = set.IsEmpty
                    ? "global::System.Array.Empty<" + context.Source + ">()"
                    : "new " + context.Source + "[] { " + string.Join(", ", set.Select(s => context.Source + "." + s)) + " }";
                writer.WriteLine("public static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + context.Source + "> "
                    + SourceSetName(set) + " = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + context.Source + ">(" + items + ");");
            }

            writer.CloseBlock();
        }

        private static string SourceSetName(EquatableArray<string> sources) => sources.IsEmpty ? "None" : string.Join("And", sources);

        private static List<(HangupCategorySpec Category, string Parameter)> CategoryParameters(EmitContext context)
            => context.CategoryRows.Select(c => (c, CSharpText.ParameterName(c.Identifier))).ToList();

        private static IEnumerable<string> CategoryParameterDocs(EmitContext context, IEnumerable<(HangupCategorySpec Category, string Parameter)> parameters)
            => parameters.Select(p => "<param name=\"" + p.Parameter.TrimStart('@') + "\">Called for <see cref=\"" + context.Category + "." + p.Category.Identifier + "\"/> ("
                + CSharpText.Xml(p.Category.Name) + ", " + EmitContext.Codes(p.Category) + ").</param>");

        /// <summary>
        /// Writes a <c>Match</c>-style method: one function parameter per arm, a <c>switch</c> that
        /// calls the arm's function for each of its case labels, and a throw for undefined values.
        /// </summary>
        private static void WriteMatchMethod(SourceWriter writer, string method, string subjectType, string subject, IReadOnlyList<(IEnumerable<string> Labels, string Parameter)> arms)
        {
            WriteSignature(writer, method, subjectType, subject, arms.Select(a => a.Parameter).ToList());
            writer.OpenBlock("switch (" + subject + ")");
            foreach ((IEnumerable<string> labels, string parameter) in arms)
            {
                foreach (string label in labels)
                {
                    writer.WriteLine("case " + label + ":");
                }

                WriteInvoke(writer, parameter);
            }

            writer.WriteLine("default:");
            writer.Indent();
            writer.WriteLine("throw Undefined(nameof(" + subject + "), " + subject + ");");
            writer.Outdent();
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteSignature(SourceWriter writer, string method, string subjectType, string subject, IReadOnlyList<string> parameters)
        {
            writer.WriteLine("public static TResult " + method + "<TResult>(");
            writer.Indent();
            writer.WriteLine("this " + subjectType + " " + subject + ",");
            for (int i = 0; i < parameters.Count; i++)
            {
                writer.WriteLine(Func + " " + parameters[i] + (i == parameters.Count - 1 ? ")" : ","));
            }

            writer.Outdent();
            writer.WriteLine("{");
            writer.Indent();
        }

        private static void WriteInvoke(SourceWriter writer, string parameter)
        {
            writer.Indent();
            writer.WriteLine("return (" + parameter + " ?? throw new global::System.ArgumentNullException(nameof(" + parameter + ")))();");
            writer.Outdent();
        }
    }
}
