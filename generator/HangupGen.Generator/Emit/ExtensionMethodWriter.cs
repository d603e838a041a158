using System.Collections.Generic;
using System.Linq;

namespace HangupGen.Generator.Emit
{
    /// <summary>
    /// The method shapes every generated extensions class is made of: a documented switch lookup, the
    /// <c>IsDefined</c> check, the exhaustive <c>Match</c> and the out-of-line exception for undefined
    /// values. One writer, so the lookups of every enum read and behave alike.
    /// </summary>
    internal static class ExtensionMethodWriter
    {
        private const string Func = "global::System.Func<TResult>";

        /// <summary>
        /// Writes <c>public static TYPE METHOD(this SUBJECT parameter)</c> as a switch from each
        /// member to its value, throwing <see cref="System.ArgumentOutOfRangeException"/> for a value
        /// that is not a member.
        /// </summary>
        public static void WriteLookup(
            SourceWriter writer,
            string method,
            string returnType,
            string subjectType,
            string parameter,
            string summary,
            string parameterDoc,
            string returns,
            string undefinedWhat,
            IEnumerable<(string Label, string Value)> cases)
        {
            writer.WriteDoc(
                "<summary>" + summary + "</summary>",
                "<param name=\"" + parameter + "\">" + parameterDoc + "</param>",
                "<returns>" + returns + "</returns>",
                UndefinedException(parameter, undefinedWhat));
            writer.OpenBlock("public static " + returnType + " " + method + "(this " + subjectType + " " + parameter + ")");
            SwitchEmitter.WriteReturnSwitch(writer, parameter, cases, "throw Undefined(nameof(" + parameter + "), " + parameter + ");");
            writer.CloseBlock();
            writer.WriteLine();
        }

        /// <summary>Writes <c>IsDefined(this T value)</c>: true for the members, false for anything cast from another number.</summary>
        public static void WriteIsDefined(SourceWriter writer, string type, string parameter, string what, IEnumerable<string> members)
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

        /// <summary>
        /// Writes a documented <c>Match</c>-style method: one function parameter per arm, a
        /// <c>switch</c> that calls the arm's function for each of its case labels, and a throw for
        /// undefined values.
        /// </summary>
        /// <param name="writer">The file being written.</param>
        /// <param name="method">The method name.</param>
        /// <param name="subjectType">The enum matched on, fully qualified.</param>
        /// <param name="subject">The name of the <c>this</c> parameter, unique among the arms' names.</param>
        /// <param name="summary">The summary's lines, without the tags.</param>
        /// <param name="subjectDoc">The documentation of the subject parameter.</param>
        /// <param name="nullFunction">Which function's being null the <c>ArgumentNullException</c> is documented for.</param>
        /// <param name="arms">The function parameters, in table order.</param>
        public static void WriteMatch(
            SourceWriter writer,
            string method,
            string subjectType,
            string subject,
            IEnumerable<string> summary,
            string subjectDoc,
            string nullFunction,
            IReadOnlyList<MatchArm> arms)
        {
            var doc = new List<string> { "<summary>" };
            doc.AddRange(summary);
            doc.Add("</summary>");
            doc.Add("<typeparam name=\"TResult\">The type of the result.</typeparam>");
            doc.Add("<param name=\"" + subject + "\">" + subjectDoc + "</param>");
            doc.AddRange(arms.Select(a => "<param name=\"" + a.Parameter.TrimStart('@') + "\">Called for " + a.Doc + ".</param>"));
            doc.Add("<returns>The result of the function called.</returns>");
            doc.Add("<exception cref=\"global::System.ArgumentNullException\">" + nullFunction + " is null.</exception>");
            doc.Add(UndefinedException(subject, "a member of the table"));
            writer.WriteDoc(doc.ToArray());

            WriteSignature(writer, method, subjectType, subject, arms.Select(a => a.Parameter).ToList());
            writer.OpenBlock("switch (" + subject + ")");
            foreach (MatchArm arm in arms)
            {
                foreach (string label in arm.Labels)
                {
                    writer.WriteLine("case " + label + ":");
                }

                writer.Indent();
                writer.WriteLine("return (" + arm.Parameter + " ?? throw new global::System.ArgumentNullException(nameof(" + arm.Parameter + ")))();");
                writer.Outdent();
            }

            writer.WriteLine("default:");
            writer.Indent();
            writer.WriteLine("throw Undefined(nameof(" + subject + "), " + subject + ");");
            writer.Outdent();
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
        }

        /// <summary>Writes the private factory of the exception every lookup throws for an undefined value.</summary>
        public static void WriteUndefined(SourceWriter writer)
        {
            // The exception is built out of line so that the lookups stay small enough to inline.
            writer.OpenBlock("private static global::System.ArgumentOutOfRangeException Undefined(string parameter, object value)");
            writer.WriteLine("return new global::System.ArgumentOutOfRangeException(parameter, value, \"The value is not a member of the hangup table.\");");
            writer.CloseBlock();
        }

        private static string UndefinedException(string parameter, string what)
            => "<exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"" + parameter + "\"/> is not " + what + ".</exception>";

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
    }
}
