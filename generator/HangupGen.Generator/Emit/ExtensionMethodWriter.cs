using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// The method shapes every generated extensions class is made of: a documented array lookup, the
    /// <c>IsDefined</c> check, the exhaustive <c>Match</c> and the out-of-line exception for undefined
    /// values. One writer, so the lookups of every enum read and behave alike.
    /// </summary>
    internal static class ExtensionMethodWriter
    {
        private const string Func = "global::System.Func<TResult>";

        /// <summary>Starts the file of an extensions class of <paramref name="type"/> whose lookups come from <paramref name="table"/> ("the hangup table").</summary>
        public static SourceWriter BeginClass(FileContext context, string className, string type, string table)
            => context.BeginType(
                "static partial class " + className,
                "<summary>",
                "Lookups of what " + table + " documents about each <see cref=\"" + type + "\"/>, and exhaustive matching.",
                "Every lookup reads a constant array at the member's position: no reflection, no allocation.",
                "</summary>");

        /// <summary>
        /// Writes <c>public static TYPE METHOD(this SUBJECT parameter)</c> as a read of a static array
        /// holding each member's value (written by <paramref name="writeValue"/> as a C# expression for each
        /// of <paramref name="rows"/>, in the order of the class's <see cref="MemberIndexWriter"/>), throwing
        /// <see cref="System.ArgumentOutOfRangeException"/> for a value that is not a member.
        /// </summary>
        public static void WriteLookup<TRow>(
            SourceWriter writer,
            string method,
            string returnType,
            string subjectType,
            string parameter,
            string summary,
            string parameterDoc,
            string returns,
            string undefinedWhat,
            IEnumerable<TRow> rows,
            Action<SourceWriter, TRow> writeValue)
        {
            string field = "s_" + char.ToLowerInvariant(method[0]) + method.Substring(1);
            writer.WriteLine("private static readonly ", returnType, "[] ", field, " =");
            writer.WriteLine("{");
            writer.Indent();
            foreach (TRow row in rows)
            {
                writeValue(writer.StartLine(), row);
                writer.Write(",").EndLine();
            }

            writer.Outdent();
            writer.WriteLine("};");
            writer.WriteLine();
            writer.WriteDocLine("<summary>", summary, "</summary>");
            writer.WriteDocLine("<param name=\"", parameter, "\">", parameterDoc, "</param>");
            writer.WriteDocLine("<returns>", returns, "</returns>");
            WriteUndefinedException(writer, parameter, undefinedWhat);
            writer.OpenBlock("public static ", returnType, " ", method, "(this ", subjectType, " ", parameter, ")");
            writer.WriteLine("int index = IndexOf((int)", parameter, ");");
            writer.OpenBlock("if (index < 0)");
            writer.WriteLine("throw Undefined(nameof(", parameter, "), ", parameter, ");");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return ", field, "[index];");
            writer.CloseBlock();
            writer.WriteLine();
        }

        /// <summary>Writes <c>IsDefined(this T value)</c>: true for the members, false for anything cast from another number.</summary>
        public static void WriteIsDefined(SourceWriter writer, string type, string parameter, string what)
        {
            writer.WriteDocLine("<summary>Tells whether <paramref name=\"", parameter, "\"/> is ", what, ", rather than a value cast from an unknown number.</summary>");
            writer.WriteDocLine("<param name=\"", parameter, "\">The value to check.</param>");
            writer.WriteDocLine("<returns><see langword=\"true\"/> when the value is ", what, ".</returns>");
            writer.WriteLine("public static bool IsDefined(this ", type, " ", parameter, ") => IndexOf((int)", parameter, ") >= 0;");
            writer.WriteLine();
        }

        /// <summary>
        /// Writes a documented <c>Match</c>-style method: one function parameter per arm, a
        /// <c>switch</c> that calls the arm's function for each of its case labels, and a throw for
        /// undefined values; with <paramref name="stateOverload"/>, also the overload that passes a
        /// caller's state to every function (<c>Match&lt;TState, TResult&gt;(state, …)</c>), so that a
        /// call site with static lambdas needs no closure and allocates nothing.
        /// </summary>
        /// <param name="writer">The file being written.</param>
        /// <param name="method">The method name.</param>
        /// <param name="subjectType">The enum matched on, fully qualified.</param>
        /// <param name="subject">The name of the <c>this</c> parameter, unique among the arms' names.</param>
        /// <param name="summary">The summary's lines, without the tags.</param>
        /// <param name="subjectDoc">The documentation of the subject parameter.</param>
        /// <param name="nullFunction">Which function's being null the <c>ArgumentNullException</c> is documented for.</param>
        /// <param name="arms">The function parameters, in table order.</param>
        /// <param name="switchOn">What the switch reads: the subject, or a lookup of it (<c>GetCategory(cause)</c>) when the arms' labels are of another enum.</param>
        /// <param name="stateOverload">Whether to write the overload that carries state.</param>
        public static void WriteMatch(
            SourceWriter writer,
            string method,
            string subjectType,
            string subject,
            IEnumerable<string> summary,
            string subjectDoc,
            string nullFunction,
            IReadOnlyList<MatchArm> arms,
            string? switchOn = null,
            bool stateOverload = false)
        {
            WriteMatch(writer, method, subjectType, subject, summary, subjectDoc, nullFunction, arms, switchOn ?? subject, state: null);
            if (stateOverload)
            {
                string state = CSharpText.UniqueName("state", arms.Select(a => a.Parameter).Concat(new[] { subject }).ToList());
                WriteMatch(writer, method, subjectType, subject, summary, subjectDoc, nullFunction, arms, switchOn ?? subject, state);
            }
        }

        private static void WriteMatch(
            SourceWriter writer,
            string method,
            string subjectType,
            string subject,
            IEnumerable<string> summary,
            string subjectDoc,
            string nullFunction,
            IReadOnlyList<MatchArm> arms,
            string switchOn,
            string? state)
        {
            writer.WriteDocLine("<summary>");
            foreach (string line in summary)
            {
                writer.WriteDocLine(line);
            }

            if (state is not null)
            {
                writer.WriteDocLine("Each function gets <paramref name=\"", state, "\"/>: with static lambdas the call allocates nothing.");
            }

            writer.WriteDocLine("</summary>");
            if (state is not null)
            {
                writer.WriteDocLine("<typeparam name=\"TState\">The type of the state passed to the functions.</typeparam>");
            }

            writer.WriteDocLine("<typeparam name=\"TResult\">The type of the result.</typeparam>");
            writer.WriteDocLine("<param name=\"", subject, "\">", subjectDoc, "</param>");
            if (state is not null)
            {
                writer.WriteDocLine("<param name=\"", state, "\">What the function called gets.</param>");
            }

            foreach (MatchArm arm in arms)
            {
                writer.StartDocLine().Write("<param name=\"").Write(arm.Parameter.TrimStart('@')).Write("\">Called for <see cref=\"").Write(arm.LabelType).Write(".").Write(arm.Member)
                    .Write("\"/> (").Write(arm.Details1).Write(arm.Details2).Write(arm.Details3).Write(").</param>").EndLine();
            }

            writer.WriteDocLine("<returns>The result of the function called.</returns>");
            writer.WriteDocLine("<exception cref=\"global::System.ArgumentNullException\">", nullFunction, " is null.</exception>");
            WriteUndefinedException(writer, subject, "a member of the table");

            WriteSignature(writer, method, subjectType, subject, state, arms);
            writer.OpenBlock("switch (", switchOn, ")");
            foreach (MatchArm arm in arms)
            {
                writer.WriteLine("case ", arm.LabelType, ".", arm.Member, ":");
                writer.Indent();
                writer.WriteLine("return (", arm.Parameter, " ?? throw new global::System.ArgumentNullException(nameof(", arm.Parameter, ")))(", state ?? string.Empty, ");");
                writer.Outdent();
            }

            writer.WriteLine("default:");
            writer.Indent();
            writer.WriteLine("throw Undefined(nameof(", subject, "), ", subject, ");");
            writer.Outdent();
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
        }

        /// <summary>
        /// Writes <c>TryFormatName</c> and <c>TryFormatNameUtf8</c> where the target has spans: the
        /// documented name (<c>GetName</c>) written into a <c>Span&lt;char&gt;</c> or, as UTF-8, a
        /// <c>Span&lt;byte&gt;</c>, with no string allocated; <see langword="false"/> with nothing written
        /// when it does not fit (the <c>TryFormat</c> convention of <c>ISpanFormattable</c>), and the
        /// same exception as <c>GetName</c> for an undefined value.
        /// </summary>
        public static void WriteTryFormatName(SourceWriter writer, FileContext context, string subjectType, string parameter, string undefinedWhat)
        {
            if (!context.Settings.Features.Spans)
            {
                return;
            }

            WriteTryFormat(writer, context, subjectType, parameter, undefinedWhat, "TryFormatName", "into", "no string is allocated", TextHelpersWriter.CharDestination, "destination", "charsWritten", "characters", "TryWrite");
            WriteTryFormat(writer, context, subjectType, parameter, undefinedWhat, "TryFormatNameUtf8", "as UTF-8 into", "nothing is allocated", TextHelpersWriter.Utf8Destination, "utf8Destination", "bytesWritten", "bytes", "TryWriteUtf8");
        }

        /// <summary>One of <see cref="WriteTryFormatName"/>'s two methods: the name written into text of one kind.</summary>
        private static void WriteTryFormat(
            SourceWriter writer,
            FileContext context,
            string subjectType,
            string parameter,
            string undefinedWhat,
            string method,
            string how,
            string allocation,
            string destinationType,
            string destination,
            string written,
            string units,
            string helper)
        {
            writer.WriteDocLine("<summary>Writes the documented name of <paramref name=\"", parameter, "\"/> (<see cref=\"GetName\"/>) ", how, " <paramref name=\"", destination, "\"/>; ", allocation, ".</summary>");
            writer.WriteDocLine("<param name=\"", parameter, "\">The value whose name to write.</param>");
            writer.WriteDocLine("<param name=\"", destination, "\">Where to write.</param>");
            writer.WriteDocLine("<param name=\"", written, "\">The number of ", units, " written; 0 when the name does not fit.</param>");
            writer.WriteDocLine("<returns><see langword=\"true\"/> when the name fits.</returns>");
            WriteUndefinedException(writer, parameter, undefinedWhat);
            writer.StartLine()
                .Write("public static bool ").Write(method).Write("(this ").Write(subjectType).Write(" ").Write(parameter)
                .Write(", ").Write(destinationType).Write(" ").Write(destination).Write(", out int ").Write(written).Write(") => ")
                .Write(TextHelpersWriter.Member(context, helper)).Write("(GetName(").Write(parameter).Write("), ").Write(destination).Write(", out ").Write(written).Write(");")
                .EndLine();
            writer.WriteLine();
        }

        /// <summary>
        /// Ends an extensions class: the private factory of the exception every lookup throws for an
        /// undefined value (its message names <paramref name="table"/>, "the call status table", and
        /// carries the value), the <c>IndexOf</c> every lookup reads its array with, the class's own
        /// private members (<paramref name="privateMembers"/>), and the closing braces. Returns the file's text.
        /// </summary>
        public static SourceText EndClass(SourceWriter writer, string table, MemberIndexWriter index, System.Action<SourceWriter>? privateMembers = null)
        {
            // The exception is built out of line so that the lookups stay small enough to inline.
            writer.OpenBlock("private static global::System.ArgumentOutOfRangeException Undefined(string parameter, object value)");
            writer.WriteLine("return new global::System.ArgumentOutOfRangeException(parameter, value, ", CSharpText.Literal("The value is not a member of " + table + "."), ");");
            writer.CloseBlock();
            index.Write(writer);
            privateMembers?.Invoke(writer);
            return FileContext.EndType(writer);
        }

        private static void WriteUndefinedException(SourceWriter writer, string parameter, string what)
            => writer.WriteDocLine(
                "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"",
                parameter,
                "\"/> is not ",
                what,
                " (a value cast from a number the table does not have); the message and <c>ActualValue</c> give the value.</exception>");

        private static void WriteSignature(SourceWriter writer, string method, string subjectType, string subject, string? state, IReadOnlyList<MatchArm> arms)
        {
            string function = state is null ? Func : "global::System.Func<TState, TResult>";
            writer.WriteLine("public static TResult ", method, state is null ? "<TResult>(" : "<TState, TResult>(");
            writer.Indent();
            writer.WriteLine("this ", subjectType, " ", subject, ",");
            if (state is not null)
            {
                writer.WriteLine("TState ", state, ",");
            }

            for (int i = 0; i < arms.Count; i++)
            {
                writer.WriteLine(function, " ", arms[i].Parameter, i == arms.Count - 1 ? ")" : ",");
            }

            writer.Outdent();
            writer.WriteLine("{");
            writer.Indent();
        }
    }
}
