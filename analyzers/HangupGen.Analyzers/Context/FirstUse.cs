using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace HangupGen.Analyzers.Context
{
    /// <summary>
    /// A value made by the first caller that asks and read from one field after that. The value is held in
    /// a box, so a made null is told apart from nothing made yet. Callers racing on the first use may each
    /// make it, and all keep the first one published: for the per-compilation views this is used for (the
    /// context, a rule's state, looked-up symbols), every attempt makes the same answer.
    /// </summary>
    internal static class FirstUse
    {
        /// <summary>
        /// The value in <paramref name="box"/>, made with <paramref name="create"/> from <paramref name="state"/>
        /// when there is none yet. A static <paramref name="create"/> keeps the calls after the first free of allocation.
        /// </summary>
        public static T? Get<TState, T>(ref StrongBox<T?>? box, TState state, Func<TState, T?> create)
            where T : class
        {
            StrongBox<T?>? made = Volatile.Read(ref box);
            if (made is null)
            {
                Interlocked.CompareExchange(ref box, new StrongBox<T?>(create(state)), null);
                made = Volatile.Read(ref box);
            }

            return made!.Value;
        }
    }
}
