package org.parkbench.site.template;

import java.lang.reflect.InaccessibleObjectException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;

/**
 * Velocity's introspection, remembered per class and method name for the calls without arguments
 * that templates make on every row ({@code $r.value()}, {@code $p.nameEn()}). Velocity keeps such
 * answers per page and per method name only, so a name shared by several view types ({@code html},
 * {@code label}) is looked up again and again; here each class's answer is kept for the engine's
 * life. What may be called is unchanged: the answer is Velocity's own (public methods of public
 * types, with its restricted classes and packages), only remembered. Each remembered method is
 * marked accessible, which spares the JDK an access check (and a walk of the stack) per call; a
 * method the module system does not open is simply left as it is.
 */
public final class CachingUberspect extends UberspectImpl {
    private final Map<Class<?>, Map<String, VelMethod>> methods = new ConcurrentHashMap<>();

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) {
        if (obj == null || (args != null && args.length > 0)) {
            return super.getMethod(obj, methodName, args, i);
        }
        Map<String, VelMethod> ofClass = methods.computeIfAbsent(obj.getClass(), k -> new ConcurrentHashMap<>());
        VelMethod known = ofClass.get(methodName);
        if (known != null) {
            return known;
        }
        VelMethod found = super.getMethod(obj, methodName, args, i);
        if (found instanceof VelMethodImpl impl && impl.isCacheable()) {
            try {
                impl.getMethod().setAccessible(true);
            } catch (InaccessibleObjectException | SecurityException e) {
                // keep the JDK's check for this one
            }
            ofClass.putIfAbsent(methodName, found);
        }
        return found;
    }
}
