package cn.dualprevention.sandbox.fault.infrastructure;

import cn.dualprevention.sandbox.fault.application.PortSwitch;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Closes and reopens the sandbox's port (connection refused while closed). Tomcat binds on start rather than on
 * init, so stopping the connector releases the port and starting it binds again.
 */
@Component
public class TomcatConnectorSwitch implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, PortSwitch {

    private final ApplicationContext context;

    public TomcatConnectorSwitch(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("bindOnInit", "false"));
    }

    @Override
    public synchronized void close() {
        Connector c = connector();
        if (c != null && c.getState().isAvailable()) {
            try {
                // A random port (0) must be the same one when it reopens.
                c.setPort(c.getLocalPort());
                c.stop();
            } catch (LifecycleException e) {
                throw new IllegalStateException("cannot close the port: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public synchronized void open() {
        Connector c = connector();
        if (c != null && !c.getState().isAvailable()) {
            try {
                c.start();
            } catch (LifecycleException e) {
                throw new IllegalStateException("cannot reopen the port: " + e.getMessage(), e);
            }
        }
    }

    private Connector connector() {
        if (context instanceof ServletWebServerApplicationContext web
                && web.getWebServer() instanceof TomcatWebServer tomcat) {
            return tomcat.getTomcat().getConnector();
        }
        return null;
    }
}
