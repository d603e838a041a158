using System;
using System.Collections.Generic;
using System.Linq;
using HangupGen.Contract;
using HangupGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// Emits <c>static class HangupCauseExtensions</c>: what the table documents about each cause as
    /// array lookups returning literals, and the exhaustive <c>Match</c> and
    /// <c>MatchCategory</c>, which take one delegate per cause or category so that a row added to the
    /// table breaks every call site that does not handle it yet.
    /// </summary>
    internal static class HangupCauseExtensionsEmitter
    {
        public const string FileName = GeneratedTypeNames.HangupCauseExtensions + ".g.cs";

        private const string Undefined = "a member of the table";

        public static SourceText Emit(EmitContext context)
        {
            SourceWriter writer = ExtensionMethodWriter.BeginClass(context, GeneratedTypeNames.HangupCauseExtensions, context.Cause, "the hangup table");

            WriteLookups(writer, context);
            WriteMatch(writer, context);
            WriteMatchCategory(writer, context);
            WriteSourceSets(writer, context);
            writer.WriteLine();
            return ExtensionMethodWriter.EndClass(writer, "the hangup table", Index(context));
        }

        private static void WriteLookups(SourceWriter writer, EmitContext context)
        {
            WriteText(writer, context, "GetName", "the documented name of <paramref name=\"cause\"/>, as sent in <c>HangupCauseName</c> (for example <c>Busy Line</c>)", c => c.Name, "The documented name.");
            ExtensionMethodWriter.WriteTryFormatName(writer, context, context.Cause, "cause", Undefined);
            WriteText(writer, context, "GetDescription", "the short documented description of <paramref name=\"cause\"/>", c => c.Description);
            WriteText(writer, context, "GetDetails", "the full documented description of <paramref name=\"cause\"/>; paragraphs are separated by a blank line", c => c.Details);
            WriteText(writer, context, "GetNextSteps", "what the documentation advises to do about <paramref name=\"cause\"/>", c => c.NextSteps);
            WriteText(writer, context, "GetCallTypes", "the call types <paramref name=\"cause\"/> applies to, as documented (for example <c>Outbound and Inbound</c>)", c => c.CallTypes);
            WriteText(writer, context, "GetCallStates", "the call states <paramref name=\"cause\"/> can happen in, as documented (for example <c>Initiated, Ringing</c>)", c => c.CallStates);

            WriteLookup(writer, context, "GetCategory", context.Category, "Gets the category of <paramref name=\"cause\"/>.",
                "The category whose range holds the cause's code.",
                (w, c) => w.Write(context.Category).Write(".").Write(c.CategoryIdentifier));
            WriteLookup(writer, context, "GetSources", "global::System.Collections.Generic.IReadOnlyList<" + context.Source + ">",
                "Gets the documented possible hangup sources of <paramref name=\"cause\"/>.",
                "The sources, in documented order; empty where the documentation names none. The list is shared and read-only.",
                (w, c) => WriteSourceSetName(w.Write("SourceSets."), c.Sources));
            ExtensionMethodWriter.WriteIsDefined(writer, context.Cause, "cause", Undefined);
        }

        /// <summary>The position of each cause in the lookup arrays: table order, found by code.</summary>
        internal static MemberIndexWriter Index(EmitContext context) => MemberIndexWriter.For(context.CauseRows.Select(c => c.Code).ToList());

        private static void WriteText(
            SourceWriter writer,
            EmitContext context,
            string method,
            string what,
            Func<HangupCauseSpec, string> value,
            string returns = "The text from the hangup table; empty where the table leaves it blank.")
            => WriteLookup(writer, context, method, "string", "Gets " + what + ".", returns, (w, c) => w.WriteLiteral(value(c)));

        private static void WriteLookup(SourceWriter writer, EmitContext context, string method, string returnType, string summary, string returns, Action<SourceWriter, HangupCauseSpec> value)
            => ExtensionMethodWriter.WriteLookup(
                writer, method, returnType, context.Cause, "cause", summary, "A documented hangup cause.", returns, Undefined,
                context.CauseRows, value);

        private static void WriteMatch(SourceWriter writer, EmitContext context)
        {
            List<MatchArm> arms = context.CauseRows
                .Select(c => new MatchArm(CSharpText.ParameterName(c.Identifier), context.Cause, c.Identifier, CSharpText.Literal(c.Code), ", ", CSharpText.Xml(c.Name)))
                .ToList();
            string subject = CSharpText.UniqueName("cause", arms.Select(a => a.Parameter).ToList());
            ExtensionMethodWriter.WriteMatch(
                writer,
                "Match",
                context.Cause,
                subject,
                new[]
                {
                    "Calls the function that handles <paramref name=\"" + subject + "\"/> and returns its result. There is one parameter per",
                    "cause of the hangup table, so a cause added to the table stops every call site that does not handle it from compiling.",
                },
                "The cause to match.",
                "The function for <paramref name=\"" + subject + "\"/>",
                arms);
        }

        private static void WriteMatchCategory(SourceWriter writer, EmitContext context)
        {
            List<MatchArm> arms = HangupCategoryExtensionsEmitter.CategoryArms(context);
            string subject = CSharpText.UniqueName("cause", arms.Select(a => a.Parameter).ToList());
            ExtensionMethodWriter.WriteMatch(
                writer,
                "MatchCategory",
                context.Cause,
                subject,
                new[]
                {
                    "Calls the function that handles the category of <paramref name=\"" + subject + "\"/> and returns its result. There is one",
                    "parameter per category of the hangup table, so a category added to the table stops every call site that does not",
                    "handle it from compiling.",
                },
                "The cause whose category to match.",
                "The function for the category",
                arms,
                switchOn: "GetCategory(" + subject + ")",
                stateOverload: true);
        }

        /// <summary>One shared read-only list per distinct set of sources, so <c>GetSources</c> never allocates.</summary>
        private static void WriteSourceSets(SourceWriter writer, EmitContext context)
        {
            const string Collection = "global::System.Collections.ObjectModel.ReadOnlyCollection<";
            writer.WriteLine();
            writer.OpenBlock("private static class SourceSets");
            var sets = new List<EquatableArray<string>>();
            foreach (HangupCauseSpec cause in context.CauseRows)
            {
                if (!sets.Contains(cause.Sources))
                {
                    sets.Add(cause.Sources);
                }
            }

            EquatableArray<string>[] ordered = sets.ToArray();
            string[] names = sets.ConvertAll(SourceSetName).ToArray();
            Array.Sort(names, ordered, StringComparer.Ordinal);
            string itemPrefix = context.Source + ".";
            for (int i = 0; i < ordered.Length; i++)
            {
                if (ordered[i].IsEmpty)
                {
                    writer.StartLine().Write("public static readonly ").Write(Collection).Write(context.Source).Write("> ").Write(names[i])
                        .Write(" = new ").Write(Collection).Write(context.Source).Write(">(global::System.Array.Empty<").Write(context.Source).Write(">());").EndLine();
                }
                else
                {
                    HangupCausesEmitter.WriteReadOnlyList(writer, "public static readonly", context.Source, names[i], ordered[i], itemPrefix);
                }
            }

            writer.CloseBlock();
        }

        private static string SourceSetName(EquatableArray<string> sources) => sources.IsEmpty ? "None" : string.Join("And", sources);

        /// <summary>Writes <see cref="SourceSetName"/> without building it.</summary>
        private static void WriteSourceSetName(SourceWriter writer, EquatableArray<string> sources)
        {
            if (sources.IsEmpty)
            {
                writer.Write("None");
                return;
            }

            for (int i = 0; i < sources.Count; i++)
            {
                writer.Write(i == 0 ? string.Empty : "And").Write(sources[i]);
            }
        }
    }
}
