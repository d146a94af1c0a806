/** Lets the browser paint and handle input between the steps of a long piece of work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
