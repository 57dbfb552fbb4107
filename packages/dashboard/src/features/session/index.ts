// The session feature: who is signed in, signing in and out. Other code imports only from here.
export { loadViewer, type Viewer } from './session';
export { useViewer } from './useViewer';
export { safeRedirect } from './useSession';
export { default as SignInForm } from './SignInForm.vue';
export { default as ViewerMenu } from './ViewerMenu.vue';
export { default as sessionFeature } from './manifest';
